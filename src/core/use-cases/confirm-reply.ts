/**
 * "Confirmer la promesse": logs what the client's reply commits to, on the invoice it is about, and
 * returns the answer to offer. A promise pauses the reminders until its date; "already paid" pauses
 * them while the payment is checked; a dispute stops them; the rest only notes that the client
 * replied. The log is saved whole or not at all, and confirming the same reply twice changes nothing.
 */
import { addDays } from '../dates/add-days';
import { isIsoDate } from '../dates/is-iso-date';
import { RelanceError } from '../errors/relance-error';
import type { Ledger, LedgerEntry } from '../ledger/ledger';
import { ledgerCapacity, type LedgerCapacity } from '../ledger/ledger-capacity';
import { logPromise } from '../ledger/log-promise';
import { upsertEntry } from '../ledger/upsert-entry';
import type { Mailbox } from '../mailbox/mailbox';
import { MailboxError } from '../mailbox/mailbox-error';
import type { MailMessage } from '../mailbox/mail-message';
import type { IsoDate } from '../model/iso-date';
import type { Money } from '../model/money';
import type { ReplyReading } from '../reply/reply-reading';

export type ConfirmedReply = { ledger: Ledger; entry: LedgerEntry; capacity: LedgerCapacity };

/** Days a claimed payment pauses the reminders while it is checked. */
export const paymentCheckDays = 5;

export type ReplyConfirmation = {
  message: MailMessage;
  reading: ReplyReading;
  /** The entry of the invoice the reply is about (from the ledger or the corrected form). */
  entry: LedgerEntry;
  /** The date and amount as the user corrected them. */
  date?: IsoDate;
  amount?: Money;
  today: IsoDate;
};

/** The pure half, shared by every host: the ledger once the reply is logged. */
export function ledgerAfterReply(ledger: Ledger, input: ReplyConfirmation & { limitBytes: number }): ConfirmedReply {
  const { message, reading, today } = input;
  const date = input.date ?? reading.date;
  const amount = input.amount ?? reading.amount;
  let entry: LedgerEntry = { ...input.entry, history: { ...input.entry.history, repliedOn: message.receivedOn } };
  const record = (on: IsoDate) => ({
    id: message.id,
    invoiceNumbers: reading.invoiceNumbers.length > 0 ? reading.invoiceNumbers : [entry.invoice.number],
    date: on,
    loggedOn: today,
    evidence: reading.evidence,
    ...(amount ? { amount } : {}),
  });
  switch (reading.intent) {
    case 'promise':
      if (!date || !isIsoDate(date)) throw new RelanceError('invalid-input', [{ field: 'history.promise.date', problem: date ? 'invalid-date' : 'required' }]);
      entry = logPromise(entry, record(date));
      break;
    case 'paid':
      entry = logPromise(entry, record(addDays(today, paymentCheckDays)));
      break;
    case 'dispute':
      entry = { ...entry, history: { ...entry.history, disputedOn: message.receivedOn } };
      break;
    case 'out-of-office':
      // An automatic reply is not an answer: only note when the person is back.
      entry = { ...input.entry, ...(reading.returnOn ? { followUpOn: reading.returnOn } : {}) };
      break;
    default:
      break;
  }
  const next = upsertEntry(ledger, { ...entry, messageId: entry.messageId ?? message.id });
  const capacity = ledgerCapacity(next, input.limitBytes);
  if (capacity.level === 'full') throw new MailboxError('storage-full');
  return { ledger: next, entry, capacity };
}

export async function confirmReply(mailbox: Mailbox, input: ReplyConfirmation): Promise<ConfirmedReply> {
  const confirmed = ledgerAfterReply(await mailbox.loadLedger(), { ...input, limitBytes: mailbox.ledgerLimitBytes });
  await mailbox.saveLedger(confirmed.ledger);
  return confirmed;
}
