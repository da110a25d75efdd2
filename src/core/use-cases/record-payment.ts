/**
 * "Paiement reçu / Payment received": the invoice is settled on the day the money arrived, so the
 * reminders stop and the plan offers the thank-you note.
 *
 * Calls, in order: readRecord, writeRecord.
 * Failure policy:
 * - A payment date that is not a date, or is after today, is refused (`invalid-input`, the date
 *   named) before any call.
 * - A log that cannot be written stops the use case with its error; the stored record is as it was.
 *   There is nothing to undo: the write is the last call.
 */
import { isIsoDate } from '../dates/is-iso-date';
import { RelanceError } from '../errors/relance-error';
import type { LedgerEntry } from '../ledger/ledger';
import type { LedgerCapacity } from '../ledger/ledger-capacity';
import type { IsoDate } from '../model/iso-date';
import type { Money } from '../model/money';
import type { UseCase } from './port-call';
import { updateRecord, withFormFacts } from './update-record';

export type PaymentInput = { entry: LedgerEntry; paidOn: IsoDate; amount?: Money; today: IsoDate };

export type RecordedPayment = { entry: LedgerEntry; capacity: LedgerCapacity };

export function entryAfterPayment(stored: LedgerEntry | undefined, input: PaymentInput): LedgerEntry {
  const base = withFormFacts(stored, input.entry);
  return {
    ...base,
    history: { ...base.history, paidOn: input.paidOn, ...(input.amount ? { payment: { ...base.history.payment, amount: input.amount } } : {}) },
  };
}

export function* recordPayment(input: PaymentInput): UseCase<RecordedPayment> {
  if (!isIsoDate(input.paidOn)) throw new RelanceError('invalid-input', [{ field: 'history.paidOn', problem: input.paidOn ? 'invalid-date' : 'required' }]);
  if (input.paidOn > input.today) throw new RelanceError('invalid-input', [{ field: 'history.paidOn', problem: 'in-future' }]);
  const update = yield* updateRecord(input.entry.invoice.number, (stored) => entryAfterPayment(stored, input));
  return { entry: update.entry, capacity: update.capacity };
}
