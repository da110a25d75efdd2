/** Everything wrong with a render input at once, so the user fixes it in one go. */
import { isIsoDate } from '../dates/is-iso-date';
import { balanceAfter } from '../money/balance-after';
import { toMinorUnits } from '../money/to-minor-units';
import { type FieldIssue, RelanceError } from '../errors/relance-error';
import type { RenderInput } from '../render/render-input';
import { validateClient } from './validate-client';
import { validateHistory } from './validate-history';
import { validateInvoice } from './validate-invoice';
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
    input.invoices.forEach((invoice, index) => {
      if (invoice?.amount?.currency && invoice.amount.currency !== currency) {
        issues.push({ field: `invoices[${index}].amount.currency`, problem: 'currency-mismatch' });
      }
    });
  }
  issues.push(...validateClient(input.client), ...validateSender(input.sender), ...validateHistory(input.history));
  issues.push(...checkPaymentsMatchAmountDue(input));
  if (!isIsoDate(input.today)) issues.push({ field: 'today', problem: input.today ? 'invalid-date' : 'required' });
  if (input.terms !== undefined) {
    const rate = input.terms.annualRatePercent;
    if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 100) {
      issues.push({ field: 'terms.annualRatePercent', problem: 'invalid-number' });
    }
  }
  if (issues.length > 0) throw new RelanceError('invalid-input', issues);
}
