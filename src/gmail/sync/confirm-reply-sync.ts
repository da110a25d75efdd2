/**
 * The core's confirmReply, run synchronously over the Gmail mailbox (an add-on callback cannot
 * wait for a Promise). Same decisions, same ledger; a parity test holds it to the core's.
 * To be replaced by the core's own function once it offers a synchronous form.
 */
import {
  addDays,
  type ConfirmedReply,
  type IsoDate,
  isIsoDate,
  type LedgerEntry,
  ledgerCapacity,
  logPromise,
  MailboxError,
  type MailMessage,
  type Money,
  paymentCheckDays,
  RelanceError,
  upsertEntry,
} from '../../core';
import type { SyncMailbox } from '../adapter/sync-mailbox';
import type { ReplyReading } from './reply-reading';

export function confirmReplySync(
  mailbox: SyncMailbox,
  input: { message: MailMessage; reading: ReplyReading; entry: LedgerEntry; date?: IsoDate; amount?: Money; today: IsoDate },
): ConfirmedReply {
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
  const ledger = upsertEntry(mailbox.loadLedger(), { ...entry, messageId: entry.messageId ?? message.id });
  const capacity = ledgerCapacity(ledger, mailbox.ledgerLimitBytes);
  if (capacity.level === 'full') throw new MailboxError('storage-full');
  mailbox.saveLedger(ledger);
  return { ledger, entry, capacity };
}
