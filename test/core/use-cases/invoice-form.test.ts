import { describe, expect, it } from 'vitest';
import { emptyInvoiceForm, invoiceFromForm } from '../../../src/core';
import { parseAmountInput } from '../../../src/core/use-cases/parse-amount-input';

const form = {
  ...emptyInvoiceForm,
  number: 'F-2026-0142',
  issueDate: '2026-02-14',
  dueDate: '2026-03-16',
  amount: '4 860,00',
  company: 'Boulangeries Durand SAS',
  lastName: 'Durand',
  email: 'c.durand@boulangeries-durand.fr',
};

describe('the invoice form', () => {
  it('turns what the user typed into an invoice', () => {
    const result = invoiceFromForm(form);
    expect(result).toMatchObject({ ok: true, invoice: { amount: { value: 4860, currency: 'EUR' } } });
  });

  it('names each form field at fault', () => {
    const result = invoiceFromForm({ ...form, dueDate: '', amount: 'beaucoup', email: 'nobody' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual([
        { field: 'dueDate', problem: 'required' },
        { field: 'amount', problem: 'invalid-number' },
        { field: 'email', problem: 'invalid-email' },
      ]);
    }
  });

  it.each([
    ['4 860,00', 4860],
    ['4860.5', 4860.5],
    ['4,860.00', 4860],
    ['1.234,56 €', 1234.56],
    ['4,860', 4860],
    ['1,5', 1.5],
    ['£2,000', 2000],
    ['abc', undefined],
    ['', undefined],
  ])('reads the amount %s as %s', (text, value) => {
    expect(parseAmountInput(text)).toBe(value);
  });
});
