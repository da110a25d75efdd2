/** Everything wrong with a render input at once, so the user fixes it in one go. */
import { isIsoDate } from '../dates/is-iso-date';
import { balanceAfter } from '../money/balance-after';
import { toMinorUnits } from '../money/to-minor-units';
import { type FieldIssue, RelanceError } from '../errors/relance-error';
import type { RenderInput } from '../render/render-input';
import { validateClient } from './validate-client';
import { validateHistory } from './validate-history';
import { validateInvoice } from './validate-invoice';
import { validatePenaltyTerms } from './validate-penalty-terms';
import { validateSender } from './validate-sender';

/**
 * Dated part payments and the amount outstanding must tell the same story, or the letter would
 * charge interest on one balance and claim another.
 */
function checkPaymentsMatchAmountDue(input: RenderInput): FieldIssue[] {
  const payments = input.history?.partialPayments ?? [];
  const invoice = Array.isArray(input.invoices) && input.invoices.length === 1 ? input.invoices[0] : undefined;
  if (payments.length === 0 || !invoice?.amount || payments.some((payment) => !payment?.amount || payment.amount.currency !== invoice.amount.currency)) return [];
  const matches = toMinorUnits(balanceAfter(invoice.amount, payments)) === toMinorUnits(invoice.amountDue ?? invoice.amount);
  return matches ? [] : [{ field: 'invoices[0].amountDue', problem: 'payments-mismatch' }];
}

export function validateRenderInput(input: RenderInput): void {
  const issues: FieldIssue[] = [];
  if (!Array.isArray(input.invoices) || input.invoices.length === 0) {
    issues.push({ field: 'invoices', problem: 'required' });
  } else {
    input.invoices.forEach((invoice, index) => issues.push(...validateInvoice(invoice, `invoices[${index}]`)));
    const currency = input.invoices[0]?.amount?.currency;
    const seen = new Set<string>();
    input.invoices.forEach((invoice, index) => {
      if (invoice?.amount?.currency && invoice.amount.currency !== currency) {
        issues.push({ field: `invoices[${index}].amount.currency`, problem: 'currency-mismatch' });
      }
      // The same invoice twice would be demanded, and charged penalties, twice.
      const key = typeof invoice?.number === 'string' ? invoice.number.replace(/\s+/g, '').toUpperCase() : '';
      if (key && seen.has(key)) issues.push({ field: `invoices[${index}].number`, problem: 'duplicate-invoice' });
      seen.add(key);
    });
  }
  issues.push(...validateClient(input.client), ...validateSender(input.sender), ...validateHistory(input.history));
  issues.push(...checkPaymentsMatchAmountDue(input));
  if (!isIsoDate(input.today)) issues.push({ field: 'today', problem: input.today ? 'invalid-date' : 'required' });
  if (input.terms !== undefined) issues.push(...validatePenaltyTerms(input.terms));
  for (const field of ['deadlineDays', 'noticeDays'] as const) {
    const days = input[field];
    if (days === undefined) continue;
    if (typeof days !== 'number' || !Number.isInteger(days) || days > 365) issues.push({ field, problem: 'invalid-number' });
    else if (days < 0) issues.push({ field, problem: 'negative' });
  }
  if (issues.length > 0) throw new RelanceError('invalid-input', issues);
}
