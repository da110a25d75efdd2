/**
 * The invoice and client as the user sees and corrects them: strings, as typed. Turning the form
 * into an invoice checks every field and names each one at fault.
 */
import type { FieldIssue } from '../errors/relance-error';
import type { Client } from '../model/client';
import type { Invoice } from '../model/invoice';
import { validateClient } from '../validation/validate-client';
import { validateInvoice } from '../validation/validate-invoice';
import { parseAmountInput } from './parse-amount-input';

export type InvoiceForm = {
  number: string;
  issueDate: string;
  dueDate: string;
  amount: string;
  amountDue: string;
  currency: string;
  description: string;
  company: string;
  civility: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
};

export const emptyInvoiceForm: InvoiceForm = {
  number: '',
  issueDate: '',
  dueDate: '',
  amount: '',
  amountDue: '',
  currency: 'EUR',
  description: '',
  company: '',
  civility: '',
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
};

export type FormResult = { ok: true; invoice: Invoice; client: Client } | { ok: false; issues: FieldIssue[] };

/** Invoice issues are reported against the form's own field names ("dueDate", "amount"). */
function toFormField(field: string): string {
  return field
    .replace(/^invoice\.amount(Due)?\.(value|currency)$/, (_m, due, part) => (part === 'currency' ? 'currency' : due ? 'amountDue' : 'amount'))
    .replace(/^invoice\./, '')
    .replace(/^client\.contact\./, '')
    .replace(/^client\./, '');
}

export function invoiceFromForm(form: InvoiceForm): FormResult {
  const currency = form.currency.trim().toUpperCase();
  const amount = parseAmountInput(form.amount);
  const amountDue = form.amountDue.trim() === '' ? undefined : parseAmountInput(form.amountDue);
  const invoice: Invoice = {
    number: form.number.trim(),
    issueDate: form.issueDate.trim(),
    dueDate: form.dueDate.trim(),
    amount: { value: amount ?? Number.NaN, currency },
    ...(amountDue !== undefined ? { amountDue: { value: amountDue ?? Number.NaN, currency } } : {}),
    ...(form.description.trim() ? { description: form.description.trim() } : {}),
  };
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  const client: Client = {
    company: form.company.trim(),
    contact: {
      lastName: form.lastName.trim(),
      email: form.email.trim(),
      ...(optional(form.civility) ? { civility: form.civility.trim() } : {}),
      ...(optional(form.firstName) ? { firstName: form.firstName.trim() } : {}),
      ...(optional(form.phone) ? { phone: form.phone.trim() } : {}),
    },
  };
  const issues = [...validateInvoice(invoice), ...validateClient(client)].map((issue) => ({ ...issue, field: toFormField(issue.field) }));
  if (form.amount.trim() !== '' && amount === undefined) {
    const index = issues.findIndex((issue) => issue.field === 'amount');
    if (index >= 0) issues[index] = { field: 'amount', problem: 'invalid-number' };
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, invoice, client };
}
