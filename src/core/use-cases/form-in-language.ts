/**
 * The invoice form with its amounts written as the user writes numbers ("4 860,00" in French,
 * "4,860.00" in English) rather than as the code keeps them ("4860.00"). An amount the form's parser
 * cannot read is left as it is, for the user to correct.
 */
import type { Language } from '../model/language';
import { formatAmountInput } from '../money/format-amount-input';
import type { InvoiceForm } from './invoice-form';
import { parseAmountInput } from './parse-amount-input';

function inLanguage(text: string, currency: string, language: Language): string {
  const value = text.trim() === '' ? undefined : parseAmountInput(text, currency);
  return value === undefined ? text : formatAmountInput({ value, currency }, language);
}

export function formInLanguage(form: InvoiceForm, language: Language): InvoiceForm {
  const currency = form.currency.trim().toUpperCase() || 'EUR';
  return {
    ...form,
    amount: inLanguage(form.amount, currency, language),
    amountDue: inLanguage(form.amountDue, currency, language),
    payments: (Array.isArray(form.payments) ? form.payments : []).map((payment) => ({ ...payment, amount: inLanguage(payment.amount, currency, language) })),
  };
}
