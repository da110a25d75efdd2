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
  let showsForm = false;
  for (const field of invoiceFormFields) {
    const value = formValue(event, field);
    if (value === undefined) continue;
    form[field] = value;
    showsForm = true;
  }
  const payments = paymentsFromEvent(event);
  // A card that showed the form offered the payment lines: none sent back means the user cleared
  // them all. Without the form (a trigger, the reply card of a followed invoice) they stay as logged.
  if (payments !== undefined || showsForm) form.payments = payments ?? [];
  return form;
}
