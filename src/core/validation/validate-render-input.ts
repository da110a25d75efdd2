/** Everything wrong with a render input at once, so the user fixes it in one go. */
import { isIsoDate } from '../dates/is-iso-date';
import { type FieldIssue, RelanceError } from '../errors/relance-error';
import type { RenderInput } from '../render/render-input';
import { validateClient } from './validate-client';
import { validateHistory } from './validate-history';
import { validateInvoice } from './validate-invoice';
import { validateSender } from './validate-sender';

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
  if (!isIsoDate(input.today)) issues.push({ field: 'today', problem: input.today ? 'invalid-date' : 'required' });
  if (input.terms !== undefined) {
    const rate = input.terms.annualRatePercent;
    if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 100) {
      issues.push({ field: 'terms.annualRatePercent', problem: 'invalid-number' });
    }
  }
  if (issues.length > 0) throw new RelanceError('invalid-input', issues);
}
