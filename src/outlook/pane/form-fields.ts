/** The invoice form's fields, in display order, with the core's label path for each. */
import type { InvoiceForm } from '../../core';

/** The form's text fields; part payments are a list of their own. */
export type FormTextField = Exclude<keyof InvoiceForm, 'payments'>;

export type FormField = { name: FormTextField; labelPath: string; type?: 'date' | 'email' | 'tel'; optional?: boolean; group: 'invoice' | 'client' };

export const formFields: FormField[] = [
  { name: 'number', labelPath: 'invoice.number', group: 'invoice' },
  { name: 'issueDate', labelPath: 'invoice.issueDate', type: 'date', group: 'invoice' },
  { name: 'dueDate', labelPath: 'invoice.dueDate', type: 'date', group: 'invoice' },
  { name: 'amount', labelPath: 'invoice.amount', group: 'invoice' },
  { name: 'amountDue', labelPath: 'invoice.amountDue', optional: true, group: 'invoice' },
  { name: 'currency', labelPath: 'invoice.amount.currency', group: 'invoice' },
  { name: 'description', labelPath: 'invoice.description', optional: true, group: 'invoice' },
  { name: 'company', labelPath: 'client.company', group: 'client' },
  { name: 'civility', labelPath: 'client.contact.civility', optional: true, group: 'client' },
  { name: 'firstName', labelPath: 'client.contact.firstName', optional: true, group: 'client' },
  { name: 'lastName', labelPath: 'client.contact.lastName', group: 'client' },
  { name: 'email', labelPath: 'client.contact.email', type: 'email', group: 'client' },
  { name: 'phone', labelPath: 'client.contact.phone', type: 'tel', optional: true, group: 'client' },
];

/** The core reports form issues by form field name; its labels are keyed by model path. */
export const labelPathOf = (field: string): string => formFields.find((candidate) => candidate.name === field)?.labelPath ?? field;
