/**
 * "Paiement reçu / Payment received": money arrived on a day. The whole balance settles the
 * invoice, so the reminders stop and the plan offers the thank-you note; less than the balance is a
 * part payment, and the reminders go on for what remains.
 *
 * Calls, in order: readRecord, writeRecord.
 * Failure policy:
 * - A payment date that is not a date, or is after today, is refused (`invalid-input`, the date
 *   named) before any call; so is an amount typed that is not a number, or not above zero.
 * - A log that cannot be written stops the use case with its error; the stored record is as it was.
 *   There is nothing to undo: the write is the last call.
 */
import { isIsoDate } from '../dates/is-iso-date';
import { type FieldIssue, RelanceError } from '../errors/relance-error';
import type { FollowUpEvent } from '../follow-up/follow-up-event';
import type { FollowUpRecord } from '../follow-up/follow-up-record';
import { hasEvent, withEvent } from '../follow-up/with-event';
import type { LedgerEntry } from '../ledger/ledger';
import type { LedgerCapacity } from '../ledger/ledger-capacity';
import type { IsoDate } from '../model/iso-date';
import type { Money } from '../model/money';
import { balanceAfter } from '../money/balance-after';
import { toMinorUnits } from '../money/to-minor-units';
import { parseAmountInput } from './parse-amount-input';
import type { UseCase } from './port-call';
import { updateRecord } from './update-record';

/**
 * `amount` is what arrived, when the shell has it as money; `typedAmount` is the amount as the user
 * typed it ("4 860,00", "£4,860.00"), read in the invoice's currency. Neither: the whole balance.
 */
export type PaymentInput = { entry: LedgerEntry; paidOn: IsoDate; amount?: Money; typedAmount?: string; today: IsoDate };

export type RecordedPayment = { entry: LedgerEntry; capacity: LedgerCapacity };

/** What the client still owes before this payment: the balance when known, else the invoice. */
const balanceOf = (record: FollowUpRecord): Money => record.invoice.amountDue ?? record.invoice.amount;

export function recordAfterPayment(base: FollowUpRecord, input: { paidOn: IsoDate; amount?: Money }): FollowUpRecord {
  const balance = balanceOf(base);
  const amount = input.amount ? { value: input.amount.value, currency: balance.currency } : undefined;
  if (!amount || toMinorUnits(amount) >= toMinorUnits(balance)) {
    return withEvent(base, { kind: 'payment-received', on: input.paidOn, ...(input.amount ? { amount: input.amount } : {}) });
  }
  // Less than the balance: a part payment. The balance left is what the next reminder asks for.
  const event: FollowUpEvent = { kind: 'payment-received', on: input.paidOn, partial: true, amount };
  if (hasEvent(base, event)) return base;
  return withEvent({ ...base, invoice: { ...base.invoice, amountDue: balanceAfter(balance, [{ amount }]) } }, event);
}

function typedAmountOf(input: PaymentInput): Money | undefined {
  const typed = input.typedAmount?.trim() ?? '';
  if (typed === '') return input.amount;
  const currency = (input.entry.invoice.amountDue ?? input.entry.invoice.amount).currency;
  const value = parseAmountInput(typed, currency);
  const issue: FieldIssue | undefined =
    value === undefined ? { field: 'history.payment.amount', problem: 'invalid-number' } : value <= 0 ? { field: 'history.payment.amount', problem: 'not-positive' } : undefined;
  if (issue) throw new RelanceError('invalid-input', [issue]);
  return { value: value as number, currency };
}

export function* recordPayment(input: PaymentInput): UseCase<RecordedPayment> {
  if (!isIsoDate(input.paidOn)) throw new RelanceError('invalid-input', [{ field: 'history.paidOn', problem: input.paidOn ? 'invalid-date' : 'required' }]);
  if (input.paidOn > input.today) throw new RelanceError('invalid-input', [{ field: 'history.paidOn', problem: 'in-future' }]);
  const amount = typedAmountOf(input);
  const update = yield* updateRecord(input.entry, (base) => recordAfterPayment(base, { paidOn: input.paidOn, ...(amount ? { amount } : {}) }));
  return { entry: update.entry, capacity: update.capacity };
}
