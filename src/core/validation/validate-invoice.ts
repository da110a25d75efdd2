/** Every problem with an invoice, each naming its field; an empty list means it can be chased. */
import { isIsoDate } from '../dates/is-iso-date';
import type { FieldIssue } from '../errors/relance-error';
import type { Invoice } from '../model/invoice';
import { toMinorUnits } from '../money/to-minor-units';
import { checkMoney } from './check-money';
import { checkText } from './check-text';
import { fieldLimits } from './field-limits';

function checkDate(value: unknown, field: string): FieldIssue[] {
  if (value === undefined || value === null || value === '') return [{ field, problem: 'required' }];
  return isIsoDate(value) ? [] : [{ field, problem: 'invalid-date' }];
}

export function validateInvoice(invoice: Partial<Invoice> | undefined, path = 'invoice'): FieldIssue[] {
  if (!invoice || typeof invoice !== 'object') return [{ field: path, problem: 'required' }];
  const issues: FieldIssue[] = [
    ...checkText(invoice.number, `${path}.number`, fieldLimits.invoiceNumber, { required: true }),
    ...checkDate(invoice.issueDate, `${path}.issueDate`),
    ...checkDate(invoice.dueDate, `${path}.dueDate`),
  ];
  if (isIsoDate(invoice.issueDate) && isIsoDate(invoice.dueDate) && invoice.dueDate < invoice.issueDate) {
    issues.push({ field: `${path}.dueDate`, problem: 'due-before-issue' });
  }
  issues.push(
    ...checkMoney(invoice.amount, `${path}.amount`, { allowZero: false }),
    ...checkText(invoice.description, `${path}.description`, fieldLimits.description, { required: false }),
  );
  if (invoice.amountDue !== undefined) {
    const dueIssues = checkMoney(invoice.amountDue, `${path}.amountDue`, { allowZero: true });
    issues.push(...dueIssues);
    if (dueIssues.length === 0 && invoice.amount && checkMoney(invoice.amount, `${path}.amount`, { allowZero: false }).length === 0) {
      if (invoice.amountDue.currency !== invoice.amount.currency) {
        issues.push({ field: `${path}.amountDue.currency`, problem: 'currency-mismatch' });
      } else if (toMinorUnits(invoice.amountDue) > toMinorUnits(invoice.amount)) {
        issues.push({ field: `${path}.amountDue.value`, problem: 'exceeds-amount' });
      }
    }
  }
  return issues;
}
