/** Everything wrong with what `latePenalty` is given, at once, each naming its field: never a figure from bad input. */
import { isIsoDate } from '../dates/is-iso-date';
import { type FieldIssue, RelanceError } from '../errors/relance-error';
import type { PartialPayment } from '../model/follow-up-history';
import type { Invoice } from '../model/invoice';
import type { PenaltyTerms } from '../model/penalty-terms';
import { checkMoney } from './check-money';
import { validateInvoice } from './validate-invoice';
import { validatePenaltyTerms } from './validate-penalty-terms';

export function validatePenaltyInput(input: { invoice: Invoice; today: string; terms: PenaltyTerms; payments?: PartialPayment[] }): void {
  const issues: FieldIssue[] = [...validateInvoice(input.invoice), ...validatePenaltyTerms(input.terms)];
  if (!isIsoDate(input.today)) issues.push({ field: 'today', problem: input.today ? 'invalid-date' : 'required' });
  if (input.payments !== undefined && !Array.isArray(input.payments)) issues.push({ field: 'payments', problem: 'required' });
  (Array.isArray(input.payments) ? input.payments : []).forEach((payment, index) => {
    if (!isIsoDate(payment?.on)) issues.push({ field: `payments[${index}].on`, problem: payment?.on ? 'invalid-date' : 'required' });
    issues.push(...checkMoney(payment?.amount, `payments[${index}].amount`, { allowZero: false }));
    if (payment?.amount?.currency && input.invoice?.amount?.currency && payment.amount.currency !== input.invoice.amount.currency) {
      issues.push({ field: `payments[${index}].amount.currency`, problem: 'currency-mismatch' });
    }
  });
  if (issues.length > 0) throw new RelanceError(issues.some((issue) => issue.problem === 'no-governing-law') ? 'no-governing-law' : 'invalid-input', issues);
}
