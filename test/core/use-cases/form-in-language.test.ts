import { describe, expect, it } from 'vitest';
import { emptyInvoiceForm, emptyLedger, formatAmountInput, formFromEntry, formFromMessage, formInLanguage, type InvoiceForm, type LedgerEntry, type MailMessage } from '../../../src/core';
import { durand } from '../../../examples/sample-data';
import { invoiceFromForm } from '../../../src/core/use-cases/invoice-form';
import { parseAmountInput } from '../../../src/core/use-cases/parse-amount-input';

const nbsp = '\u00a0';

describe('the form’s amounts, written as the user writes numbers', () => {
  it('prefills "4 860,00" with a no-break space in French and "4,860.00" in English, never "4860.00"', () => {
    const form: InvoiceForm = { ...emptyInvoiceForm, amount: '4860.00', amountDue: '3860.00', currency: 'EUR', payments: [{ on: '2026-03-20', amount: '1000.00' }] };
    expect(formInLanguage(form, 'fr')).toMatchObject({ amount: `4${nbsp}860,00`, amountDue: `3${nbsp}860,00`, payments: [{ on: '2026-03-20', amount: `1${nbsp}000,00` }] });
    expect(formInLanguage(form, 'en')).toMatchObject({ amount: '4,860.00', amountDue: '3,860.00', payments: [{ on: '2026-03-20', amount: '1,000.00' }] });
  });

  it('leaves an empty amount empty and an unreadable one as typed, for the user to correct', () => {
    const form = formInLanguage({ ...emptyInvoiceForm, amount: 'quatre mille', amountDue: '' }, 'fr');
    expect(form.amount).toBe('quatre mille');
    expect(form.amountDue).toBe('');
  });

  it('is read back to the same value by the form’s parser, in both languages, with and without the currency sign', () => {
    const amounts = [0.5, 12, 999.99, 4860, 4860.5, 1234567.89];
    for (const value of amounts) {
      for (const [currency, sign] of [['EUR', '€'], ['GBP', '£'], ['USD', '$']] as const) {
        const fr = formatAmountInput({ value, currency }, 'fr');
        const en = formatAmountInput({ value, currency }, 'en');
        for (const typed of [fr, `${fr}${nbsp}${sign}`, `${fr} ${currency}`, en, `${sign}${en}`, `${currency} ${en}`]) {
          expect(parseAmountInput(typed, currency), typed).toBe(value);
        }
      }
    }
  });

  it('gives the invoice the same amounts whichever language the form was written in', () => {
    const form: InvoiceForm = {
      ...emptyInvoiceForm,
      number: 'F-2026-0142',
      issueDate: '2026-02-14',
      dueDate: '2026-03-16',
      amount: '4860.50',
      currency: 'EUR',
      company: 'Boulangeries Durand SAS',
      lastName: 'Durand',
      email: 'c.durand@boulangeries-durand.fr',
      payments: [{ on: '2026-03-20', amount: '1000' }],
    };
    const read = (language: 'fr' | 'en') => {
      const result = invoiceFromForm(formInLanguage(form, language));
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      return { invoice: result.invoice, payments: result.payments };
    };
    expect(read('fr')).toEqual(read('en'));
    expect(read('fr').invoice.amount).toEqual({ value: 4860.5, currency: 'EUR' });
    expect(read('fr').payments).toEqual([{ on: '2026-03-20', amount: { value: 1000, currency: 'EUR' } }]);
  });

  it('shows a followed invoice in KWD with its three decimals and one in yen with none, and reads them back unchanged', () => {
    const followed = (amount: number, currency: string, paid: number): LedgerEntry => ({
      invoice: { number: 'F-2026-0300', issueDate: '2026-02-14', dueDate: '2026-03-16', amount: { value: amount, currency } },
      client: durand,
      history: { sent: [], partialPayments: [{ on: '2026-03-01', amount: { value: paid, currency } }] },
      promises: [],
    });
    const kuwaiti = formInLanguage(formFromEntry(followed(1234.567, 'KWD', 0.125)), 'fr');
    expect(kuwaiti).toMatchObject({ amount: `1${nbsp}234,567`, payments: [{ amount: '0,125' }] });
    const yen = formInLanguage(formFromEntry(followed(150000, 'JPY', 20000)), 'en');
    expect(yen).toMatchObject({ amount: '150,000', payments: [{ amount: '20,000' }] });
    for (const form of [kuwaiti, yen]) {
      const read = invoiceFromForm({ ...form, number: 'F-2026-0300', issueDate: '2026-02-14', dueDate: '2026-03-16', company: 'Durand', lastName: 'Durand', email: 'c.durand@boulangeries-durand.fr' });
      expect(read.ok && read.invoice.amount).toEqual(form === kuwaiti ? { value: 1234.567, currency: 'KWD' } : { value: 150000, currency: 'JPY' });
    }
  });

  it('prefills a yen invoice read from a message without decimals the yen does not have', () => {
    const message: MailMessage = {
      id: 'inv-jpy',
      subject: 'Invoice INV-77',
      body: 'Invoice INV-77 dated 1 March 2026\nTotal due: JPY 150,000\nDue date: 31 March 2026',
      from: { name: 'Kenji Sato', email: 'k.sato@example.jp' },
      to: [{ name: 'Sophie Martin', email: 'sophie.martin@atelier-lumen.fr' }],
      cc: [],
      receivedOn: '2026-03-02',
      attachmentNames: [],
    };
    const form = formFromMessage(message, emptyLedger(), 'sophie.martin@atelier-lumen.fr');
    expect(form).toMatchObject({ amount: '150000', currency: 'JPY' });
    expect(formInLanguage(form, 'fr').amount).toBe(`150${nbsp}000`);
  });
});
