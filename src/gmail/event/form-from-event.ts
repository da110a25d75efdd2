/** The invoice form as the user left it in the card: each field the card holds, the fallback for the rest. */
import { emptyInvoiceForm, type InvoiceForm } from '../../core';
import type { AddonEvent } from './addon-event';
import { formValue } from './form-value';
import { paymentsFromEvent } from './payments-from-event';

/** The form's text fields; part payments are a list, read by `paymentsFromEvent`. */
export type InvoiceTextField = Exclude<keyof InvoiceForm, 'payments'>;
export const invoiceFormFields = (Object.keys(emptyInvoiceForm) as (keyof InvoiceForm)[]).filter((field): field is InvoiceTextField => field !== 'payments');

export function formFromEvent(event: AddonEvent, fallback: InvoiceForm = emptyInvoiceForm): InvoiceForm {
  const form = { ...fallback };
  const values = invoiceFormFields.map((field) => [field, formValue(event, field)] as const);
  const payments = paymentsFromEvent(event);
  // A card shows the whole form or none of it. When it showed it, an input missing from the event
  // is one the user emptied (Gmail may leave empty inputs out), not one to keep as logged.
  const showsForm = payments !== undefined || values.some(([, value]) => value !== undefined);
  if (!showsForm) return form;
  for (const [field, value] of values) form[field] = value ?? '';
  form.payments = payments ?? [];
  return form;
}
