/**
 * The invoice and client as the user sees and corrects them: strings, as typed. Turning the form
 * into an invoice checks every field and names each one at fault.
 */
import type { FieldIssue } from '../errors/relance-error';
import type { Client } from '../model/client';
import type { PartialPayment } from '../model/follow-up-history';
import type { Invoice } from '../model/invoice';
import type { IsoDate } from '../model/iso-date';
import { balanceAfter } from '../money/balance-after';
import { toMinorUnits } from '../money/to-minor-units';
import { validateClient } from '../validation/validate-client';
import { validateInvoice } from '../validation/validate-invoice';
import { parseAmountInput } from './parse-amount-input';
import { type PaymentLine, paymentsFromForm } from './payments-from-form';

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
  /** Part payments received, dated, so interest runs on what remained after each. */
  payments: PaymentLine[];
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
  payments: [],
};

export type FormResult = { ok: true; invoice: Invoice; client: Client; payments: PartialPayment[] } | { ok: false; issues: FieldIssue[] };

/** Invoice issues are reported against the form's own field names ("dueDate", "amount"). */
function toFormField(field: string): string {
  return field
    .replace(/^invoice\.amount(Due)?\.(value|currency)$/, (_m, due, part) => (part === 'currency' ? 'currency' : due ? 'amountDue' : 'amount'))
    .replace(/^invoice\./, '')
    .replace(/^client\.contact\./, '')
    .replace(/^client\./, '');
}

/** `today`, when given, refuses part payments dated after it. */
export function invoiceFromForm(form: InvoiceForm, today?: IsoDate): FormResult {
  const currency = form.currency.trim().toUpperCase();
  const amount = parseAmountInput(form.amount, currency);
  const typedDue = form.amountDue.trim() === '' ? undefined : parseAmountInput(form.amountDue, currency);
  const paymentsRead = paymentsFromForm(form.payments, { value: amount ?? Number.NaN, currency }, today);
  const hasPayments = paymentsRead.payments.length > 0;
  // With dated payments and no balance typed, the balance is what they leave.
  const derivedDue = form.amountDue.trim() === '' && hasPayments && amount !== undefined ? balanceAfter({ value: amount, currency }, paymentsRead.payments).value : undefined;
  const amountDue = form.amountDue.trim() === '' ? derivedDue : typedDue;
  const invoice: Invoice = {
    number: form.number.trim(),
    issueDate: form.issueDate.trim(),
    dueDate: form.dueDate.trim(),
    amount: { value: amount ?? Number.NaN, currency },
    ...(amountDue !== undefined || form.amountDue.trim() !== '' ? { amountDue: { value: amountDue ?? Number.NaN, currency } } : {}),
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
  for (const [field, typed, value] of [['amount', form.amount, amount], ['amountDue', form.amountDue, typedDue]] as const) {
    if (value !== undefined) continue;
    const index = issues.findIndex((issue) => issue.field === field);
    // An empty amount is missing, not "not a number"; a typed one that does not read is.
    if (index >= 0) issues[index] = { field, problem: typed.trim() === '' ? 'required' : 'invalid-number' };
  }
  issues.push(...paymentsRead.issues);
  const balanceTyped = hasPayments && typedDue !== undefined && amount !== undefined && !issues.some((issue) => issue.field === 'amountDue' || issue.field === 'payments');
  if (balanceTyped && toMinorUnits(balanceAfter({ value: amount, currency }, paymentsRead.payments)) !== toMinorUnits({ value: typedDue, currency })) {
    issues.push({ field: 'amountDue', problem: 'payments-mismatch' });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, invoice, client, payments: paymentsRead.payments };
}
