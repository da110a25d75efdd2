/**
 * "Confirmer la promesse": logs what the client's reply commits to, on the invoice it is about, and
 * marks the reply. Each reading is an event of the record: a promise (which pauses the reminders
 * until its date), a payment announced (which pauses them while it is checked), a dispute (which
 * stops them), documents or a payment plan asked for, or just a reply. Confirming the same reply
 * twice changes nothing.
 *
 * Calls, in order: readRecord, writeRecord (the reply logged), markReply (only when the reply
 * carries a promise: a promise, or a payment to check).
 * Failure policy:
 * - A promise without a valid date, or with a date already past, is refused (`invalid-input`, the
 *   date named) before any call.
 * - A log that cannot be written stops the use case with its error; the reply is not marked and the
 *   stored record is as it was.
 * - If the reply cannot be marked, the record is put back as it was read and the user sees the
 *   mailbox's error: a reply is logged and marked, or neither.
 */
import { addDays } from '../dates/add-days';
import type { FollowUpEvent } from '../follow-up/follow-up-event';
import type { FollowUpRecord } from '../follow-up/follow-up-record';
import { paymentCheckDays } from '../follow-up/payment-check-days';
import { checkPromiseDate, promiseEvent } from '../follow-up/promise-event';
import { withEvent } from '../follow-up/with-event';
import type { LedgerEntry, PromiseRecord } from '../ledger/ledger';
import type { LedgerCapacity } from '../ledger/ledger-capacity';
import type { MailMessage } from '../mailbox/mail-message';
import type { IsoDate } from '../model/iso-date';
import type { Money } from '../model/money';
import type { ReplyReading } from '../reply/reply-reading';
import { call, type UseCase } from './port-call';
import { undoUpdate, updateRecord } from './update-record';

export { paymentCheckDays };

/** `promise`: what the reply was marked with, when it carries a promise to watch. */
export type ConfirmedReply = { entry: LedgerEntry; capacity: LedgerCapacity; promise?: PromiseRecord };

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

/** The event a reply is logged as; none for an automatic reply, which is no answer. */
export function replyEvent(input: ReplyConfirmation): FollowUpEvent | undefined {
  const { message, reading, today } = input;
  const on = message.receivedOn;
  const source = { ...(reading.evidence ? { evidence: reading.evidence } : {}), ...(message.stableId ? { messageId: message.stableId } : {}) };
  const amount = input.amount ?? reading.amount;
  switch (reading.intent) {
    case 'promise':
      return promiseEvent({ on, date: input.date ?? reading.date, today, ...(amount ? { amount } : {}), ...source });
    case 'paid':
      return { kind: 'payment-announced', on, ...source };
    case 'dispute':
      return { kind: 'dispute', on, ...source };
    case 'missing-documents':
      return { kind: 'documents-asked', on, ...source };
    case 'payment-plan':
      return { kind: 'plan-asked', on, ...source };
    case 'out-of-office':
      return undefined;
    default:
      return { kind: 'replied', on, ...(message.stableId ? { messageId: message.stableId } : {}) };
  }
}

/** The record once the reply is logged. */
export function recordAfterReply(base: FollowUpRecord, input: ReplyConfirmation): FollowUpRecord {
  const event = replyEvent(input);
  if (event) return withEvent(base, event);
  // An automatic reply is not an answer: only note when the person is back.
  return input.reading.returnOn ? { ...base, followUpOn: input.reading.returnOn } : base;
}

/** What the reply is marked with, when it carries a promise to watch. */
function markFor(input: ReplyConfirmation, event: FollowUpEvent | undefined): PromiseRecord | undefined {
  const base = { id: input.message.id, invoiceNumbers: input.reading.invoiceNumbers.length > 0 ? input.reading.invoiceNumbers : [input.entry.invoice.number], loggedOn: input.today, evidence: input.reading.evidence };
  if (event?.kind === 'promise') return { ...base, date: event.date, ...(event.amount ? { amount: event.amount } : {}) };
  if (event?.kind === 'payment-announced') return { ...base, date: addDays(event.on, paymentCheckDays) };
  return undefined;
}

export function* confirmReply(input: ReplyConfirmation): UseCase<ConfirmedReply> {
  if (input.reading.intent === 'promise') checkPromiseDate(input.date ?? input.reading.date, input.today);
  const event = replyEvent(input);
  const update = yield* updateRecord(input.entry, (base) => recordAfterReply(base, input));
  const mark = markFor(input, event);
  if (mark) {
    try {
      yield* call('markReply', input.message.id, mark);
    } catch (failure) {
      return yield* undoUpdate(update, failure);
    }
  }
  return { entry: update.entry, capacity: update.capacity, ...(mark ? { promise: mark } : {}) };
}
