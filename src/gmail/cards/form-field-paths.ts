/** Where each form field lives in the core's model, so its label and errors read as the core words them. */
import type { InvoiceForm } from '../../core';

export const formFieldPaths: Record<keyof InvoiceForm, string> = {
  number: 'invoice.number',
  issueDate: 'invoice.issueDate',
  dueDate: 'invoice.dueDate',
  amount: 'invoice.amount',
  amountDue: 'invoice.amountDue',
  currency: 'invoice.amount.currency',
  description: 'invoice.description',
  company: 'client.company',
  civility: 'client.contact.civility',
  firstName: 'client.contact.firstName',
  lastName: 'client.contact.lastName',
  email: 'client.contact.email',
  phone: 'client.contact.phone',
};
