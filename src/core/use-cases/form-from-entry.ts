/** A followed invoice back as the form the user corrects. */
import type { LedgerEntry } from '../ledger/ledger';
import type { InvoiceForm } from './invoice-form';

const amountText = (value: number | undefined) => (value === undefined ? '' : value.toFixed(2));

export function formFromEntry({ invoice, client, history }: LedgerEntry): InvoiceForm {
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
    payments: (history.partialPayments ?? []).map((payment) => ({ on: payment.on, amount: amountText(payment.amount.value) })),
  };
}
