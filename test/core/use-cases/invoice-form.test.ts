import { describe, expect, it } from 'vitest';
import { emptyInvoiceForm, emptyLedger, formFromMessage } from '../../../src/core';
import { civilityFromGreeting } from '../../../src/core/use-cases/counterpart';
import { invoiceFromForm } from '../../../src/core/use-cases/invoice-form';
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
    ['1.234.567', 1234567],
    ['1,2,3', undefined], // thousands come in groups of three: not 12.3
    ['0,001', undefined], // a tenth of a cent does not exist in euros: not 1
    ['12,345', 12345],
    ['1,234.5,6', undefined],
  ])('reads the amount %s as %s', (text, value) => {
    expect(parseAmountInput(text)).toBe(value);
  });

  it.each([
    ['12.500', 'KWD', 12.5], // three decimals: not 12,500
    ['12,500', 'TND', 12.5],
    ['1.234,567', 'TND', 1234.567],
    ['0,001', 'KWD', 0.001],
    ['12,5', 'JPY', undefined], // no fraction of a yen
    ['1,234', 'JPY', 1234],
  ])('reads %s in %s as %s', (text, currency, value) => {
    expect(parseAmountInput(text, currency)).toBe(value);
  });

  it('names the field when a typed amount is ambiguous or finer than the currency', () => {
    const result = invoiceFromForm({ ...emptyInvoiceForm, number: 'F-1', issueDate: '2026-03-01', dueDate: '2026-03-31', amount: '1,2,3', amountDue: '0,001', company: 'Durand', lastName: 'Durand', email: 'c@durand.fr' });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toEqual(expect.arrayContaining([{ field: 'amount', problem: 'invalid-number' }, { field: 'amountDue', problem: 'invalid-number' }]));
  });
});

describe('the form prefilled from a message', () => {
  const sent = {
    id: 'm1',
    subject: 'Facture F-2026-0224 - Atelier Lumen SARL',
    body: 'Bonjour Monsieur Bouvier,\n\nVoici la facture F-2026-0224, soit 650,00 € TTC, échéance le 2 avril 2026.\n',
    from: { name: 'Sophie Martin', email: 'sophie.martin@atelier-lumen.fr' },
    to: [{ name: 'Lucas Bouvier', email: 'lucas@atelier-bouvier.fr' }],
    cc: [],
    receivedOn: '2026-03-03',
    attachmentNames: ['F-2026-0224.pdf'],
  };

  it('takes the client from the recipients of a message the user sent, with the civility the user greeted them with', () => {
    const form = formFromMessage(sent, emptyLedger(), 'sophie.martin@atelier-lumen.fr');
    expect(form).toMatchObject({ number: 'F-2026-0224', civility: 'Monsieur', firstName: 'Lucas', lastName: 'Bouvier', email: 'lucas@atelier-bouvier.fr' });
  });

  it('never names the company after the email domain: unknown, it stays empty for the user to fill in', () => {
    expect(formFromMessage(sent, emptyLedger(), 'sophie.martin@atelier-lumen.fr').company).toBe('');
    const harper = { ...sent, to: [{ name: 'James Harper', email: 'james@harpercole.co.uk' }], body: 'Dear Mr Harper,\n\nPlease find invoice F-2026-0224 attached.\n' };
    expect(formFromMessage(harper, emptyLedger(), 'sophie.martin@atelier-lumen.fr').company).toBe('');
  });

  it('says an empty amount is missing, not an invalid number', () => {
    const result = invoiceFromForm({ ...emptyInvoiceForm, number: 'F-1', issueDate: '2026-03-01', dueDate: '2026-03-31', amount: '  ', company: 'Durand', lastName: 'Durand', email: 'c@durand.fr' });
    expect(result.ok ? [] : result.issues).toContainEqual({ field: 'amount', problem: 'required' });
    expect(result.ok ? [] : result.issues).not.toContainEqual({ field: 'amount', problem: 'invalid-number' });
  });

  it('guesses no civility when the greeting does not name the contact', () => {
    const form = formFromMessage({ ...sent, body: 'Bonjour,\n\nVoici la facture.' }, emptyLedger(), 'sophie.martin@atelier-lumen.fr');
    expect(form.civility).toBe('');
  });

  it.each([
    ['Dear Ms Harper,', 'Harper', 'Ms'],
    ['Bonjour Madame Durand,', 'Durand', 'Madame'],
    ['Bonjour M. Bouvier,', 'Bouvier', 'M.'],
    ['Bonjour Madame,', 'Durand', undefined],
    ['Hello team,', 'Durand', undefined],
  ])('reads "%s" as %s', (line, lastName, civility) => {
    expect(civilityFromGreeting(`${line}\n\nMerci.`, lastName)).toBe(civility);
  });
});
