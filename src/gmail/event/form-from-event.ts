/** The invoice form as the user left it in the card: each field the card holds, the fallback for the rest. */
import { emptyInvoiceForm, type InvoiceForm } from '../../core';
import type { AddonEvent } from './addon-event';
import { formValue } from './form-value';

/** The form's text fields; part payments are a list, read by `paymentsFromEvent`. */
export type InvoiceTextField = Exclude<keyof InvoiceForm, 'payments'>;
export const invoiceFormFields = (Object.keys(emptyInvoiceForm) as (keyof InvoiceForm)[]).filter((field): field is InvoiceTextField => field !== 'payments');

export function formFromEvent(event: AddonEvent, fallback: InvoiceForm = emptyInvoiceForm): InvoiceForm {
  const form = { ...fallback };
  for (const field of invoiceFormFields) {
    const value = formValue(event, field);
    if (value !== undefined) form[field] = value;
  }
  return form;
}
