/** A followed invoice back as the form the user edits (the inverse of invoiceFromForm). */
import type { InvoiceForm, LedgerEntry } from '../core';

const amountText = (value: number | undefined) => (value === undefined ? '' : value.toFixed(2));

export function formFromEntry(entry: LedgerEntry): InvoiceForm {
  const { invoice, client } = entry;
  return {
    number: invoice.number,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    amount: amountText(invoice.amount.value),
    amountDue: amountText(invoice.amountDue?.value),
    currency: invoice.amount.currency,
    description: invoice.description ?? '',
    company: client.company,
    civility: client.contact.civility ?? '',
    firstName: client.contact.firstName ?? '',
    lastName: client.contact.lastName,
    email: client.contact.email,
    phone: client.contact.phone ?? '',
  };
}
