/**
 * The part payments typed in the invoice form: each dated and positive, received by today, and
 * together less than the invoice (a payment of everything is a settled invoice, not a part payment).
 */
import { isIsoDate } from '../dates/is-iso-date';
import type { FieldIssue } from '../errors/relance-error';
import type { PartialPayment } from '../model/follow-up-history';
import type { IsoDate } from '../model/iso-date';
import type { Money } from '../model/money';
import { fromMinorUnits, toMinorUnits } from '../money/to-minor-units';
import { parseAmountInput } from './parse-amount-input';

/** One part payment as typed: its date and amount, both text. */
export type PaymentLine = { on: string; amount: string };

export type PaymentsReading = { payments: PartialPayment[]; paid: Money; issues: FieldIssue[] };

export function paymentsFromForm(lines: readonly PaymentLine[] | undefined, amount: Money, today?: IsoDate): PaymentsReading {
  const payments: PartialPayment[] = [];
  const issues: FieldIssue[] = [];
  (Array.isArray(lines) ? lines : []).forEach((line, index) => {
    const on = String(line?.on ?? '').trim();
    const typed = String(line?.amount ?? '').trim();
    // The empty line the form offers for the next payment is not a payment.
    if (on === '' && typed === '') return;
    const field = `payments[${index}]`;
    if (on === '') issues.push({ field: `${field}.on`, problem: 'required' });
    else if (!isIsoDate(on)) issues.push({ field: `${field}.on`, problem: 'invalid-date' });
    else if (today && on > today) issues.push({ field: `${field}.on`, problem: 'in-future' });
    const value = typed === '' ? undefined : parseAmountInput(typed, amount.currency);
    if (typed === '') issues.push({ field: `${field}.amount`, problem: 'required' });
    else if (value === undefined) issues.push({ field: `${field}.amount`, problem: 'invalid-number' });
    else if (value <= 0) issues.push({ field: `${field}.amount`, problem: 'not-positive' });
    if (isIsoDate(on) && value !== undefined && value > 0) payments.push({ on, amount: { value, currency: amount.currency } });
  });
  payments.sort((a, b) => a.on.localeCompare(b.on));
  const paidUnits = payments.reduce((sum, payment) => sum + toMinorUnits(payment.amount), 0);
  const paid = fromMinorUnits(paidUnits, amount.currency);
  if (Number.isFinite(amount.value) && amount.value > 0 && payments.length > 0) {
    const amountUnits = toMinorUnits(amount);
    if (paidUnits > amountUnits) issues.push({ field: 'payments', problem: 'exceeds-amount' });
    else if (paidUnits === amountUnits) issues.push({ field: 'payments', problem: 'settles-invoice' });
  }
  return { payments, paid, issues };
}
