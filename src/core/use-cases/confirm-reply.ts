/**
 * "Confirmer la promesse": logs what the client's reply commits to, on the invoice it is about, and
 * marks the reply. A promise pauses the reminders until its date; "already paid" pauses them while
 * the payment is checked; a dispute stops them; the rest only notes that the client replied.
 * Confirming the same reply twice changes nothing.
 *
 * Calls, in order: readRecord, writeRecord (the reply logged), markReply (only when the reply
 * carries a promise: a promise, or a payment to check).
 * Failure policy:
 * - A promise without a valid date is refused (`invalid-input`, the date named) before any call.
 * - A log that cannot be written stops the use case with its error; the reply is not marked and the
 *   stored record is as it was.
 * - If the reply cannot be marked, the record is put back as it was read and the user sees the
 *   mailbox's error: a reply is logged and marked, or neither.
 */
import { addDays } from '../dates/add-days';
import { isIsoDate } from '../dates/is-iso-date';
import { RelanceError } from '../errors/relance-error';
import type { LedgerEntry } from '../ledger/ledger';
import type { LedgerCapacity } from '../ledger/ledger-capacity';
import { logPromise } from '../ledger/log-promise';
import type { MailMessage } from '../mailbox/mail-message';
import type { IsoDate } from '../model/iso-date';
import type { Money } from '../model/money';
import type { ReplyReading } from '../reply/reply-reading';
import { call, type UseCase } from './port-call';
import { undoUpdate, updateRecord, withFormFacts } from './update-record';

export type ConfirmedReply = { entry: LedgerEntry; capacity: LedgerCapacity };

/** Days a claimed payment pauses the reminders while it is checked. */
export const paymentCheckDays = 5;

export type ReplyConfirmation = {
  message: MailMessage;
  reading: ReplyReading;
  /** The entry of the invoice the reply is about (from the log or the corrected form). */
  entry: LedgerEntry;
  /** The date and amount as the user corrected them. */
  date?: IsoDate;
  amount?: Money;
  today: IsoDate;
};

function checkPromiseDate(input: ReplyConfirmation): void {
  const date = input.date ?? input.reading.date;
  if (input.reading.intent === 'promise' && (!date || !isIsoDate(date))) {
    throw new RelanceError('invalid-input', [{ field: 'history.promise.date', problem: date ? 'invalid-date' : 'required' }]);
  }
}

/** The record once the reply is logged. */
export function entryAfterReply(stored: LedgerEntry | undefined, input: ReplyConfirmation): LedgerEntry {
  checkPromiseDate(input);
  const { message, reading, today } = input;
  const date = input.date ?? reading.date;
  const amount = input.amount ?? reading.amount;
  const base = { ...withFormFacts(stored, input.entry), messageId: (stored ?? input.entry).messageId ?? message.id };
  const replied: LedgerEntry = { ...base, history: { ...base.history, repliedOn: message.receivedOn } };
  const record = (on: IsoDate) => ({
    id: message.id,
    invoiceNumbers: reading.invoiceNumbers.length > 0 ? reading.invoiceNumbers : [base.invoice.number],
    date: on,
    loggedOn: today,
    evidence: reading.evidence,
    ...(amount ? { amount } : {}),
  });
  switch (reading.intent) {
    case 'promise':
      return logPromise(replied, record(date!));
    case 'paid':
      return logPromise(replied, record(addDays(today, paymentCheckDays)));
    case 'dispute':
      return { ...replied, history: { ...replied.history, disputedOn: message.receivedOn } };
    case 'out-of-office':
      // An automatic reply is not an answer: only note when the person is back.
      return { ...base, ...(reading.returnOn ? { followUpOn: reading.returnOn } : {}) };
    default:
      return replied;
  }
}

export function* confirmReply(input: ReplyConfirmation): UseCase<ConfirmedReply> {
  checkPromiseDate(input);
  const update = yield* updateRecord(input.entry.invoice.number, (stored) => entryAfterReply(stored, input));
  const record = update.entry.promises.find((promise) => promise.id === input.message.id);
  if (record) {
    try {
      yield* call('markReply', input.message.id, record);
    } catch (failure) {
      return yield* undoUpdate(update, failure);
    }
  }
  return { entry: update.entry, capacity: update.capacity };
}
