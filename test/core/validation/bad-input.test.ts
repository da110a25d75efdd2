import { describe, expect, it } from 'vitest';
import { describeError, renderReminder } from '../../../src/core';
import { type RenderInput } from '../../../src/core/render/render-input';
import { sampleRenderInput } from '../../../examples/sample-render-input';
import { errorOf } from '../support/error-of';


const base = sampleRenderInput('overdue-1', 'fr');
const withInvoice = (patch: Record<string, unknown>): RenderInput => ({ ...base, invoices: [{ ...base.invoices[0]!, ...patch }] });

describe('renderReminder refuses bad input, naming each field', () => {
  it.each([
    ['a due date before the issue date', withInvoice({ dueDate: '2026-01-01' }), 'invoices[0].dueDate', 'due-before-issue'],
    ['an impossible date', withInvoice({ issueDate: '2026-02-30' }), 'invoices[0].issueDate', 'invalid-date'],
    ['a zero amount', withInvoice({ amount: { value: 0, currency: 'EUR' } }), 'invoices[0].amount.value', 'not-positive'],
    ['a negative amount', withInvoice({ amount: { value: -12, currency: 'EUR' } }), 'invoices[0].amount.value', 'not-positive'],
    ['an amount that is not a number', withInvoice({ amount: { value: Number.NaN, currency: 'EUR' } }), 'invoices[0].amount.value', 'invalid-number'],
    ['an unknown currency', withInvoice({ amount: { value: 10, currency: 'EUROS' } }), 'invoices[0].amount.currency', 'unknown-currency'],
    ['an empty invoice number', withInvoice({ number: '   ' }), 'invoices[0].number', 'required'],
    ['a missing contact email', { ...base, client: { ...base.client, contact: { ...base.client.contact, email: '' } } }, 'client.contact.email', 'required'],
    ['a malformed contact email', { ...base, client: { ...base.client, contact: { ...base.client.contact, email: 'claire durand' } } }, 'client.contact.email', 'invalid-email'],
    ['a wrong IBAN', { ...base, sender: { ...base.sender, iban: 'FR76 3000 6000 0112 3456 7890 188' } }, 'sender.iban', 'invalid-iban'],
    ['an amount due above the invoice', withInvoice({ amountDue: { value: 9999, currency: 'EUR' } }), 'invoices[0].amountDue.value', 'exceeds-amount'],
    ['a pasted novel as invoice number', withInvoice({ number: 'F'.repeat(5000) }), 'invoices[0].number', 'too-long'],
    ['no invoice at all', { ...base, invoices: [] }, 'invoices', 'required'],
    ['an amount below the cent', withInvoice({ amount: { value: 0.001, currency: 'EUR' } }), 'invoices[0].amount.value', 'finer-than-currency'],
    ['a fraction of a yen', withInvoice({ amount: { value: 12.5, currency: 'JPY' } }), 'invoices[0].amount.value', 'finer-than-currency'],
    ['the same invoice twice', { ...base, invoices: [base.invoices[0]!, { ...base.invoices[0]! }] }, 'invoices[1].number', 'duplicate-invoice'],
    ['an unknown jurisdiction', { ...base, terms: { jurisdiction: 'DE' } }, 'terms.jurisdiction', 'unknown-jurisdiction'],
    ['a rate that is not a number', { ...base, terms: { jurisdiction: 'FR', annualRatePercent: Number.NaN } }, 'terms.annualRatePercent', 'invalid-number'],
    ['a negative rate', { ...base, terms: { jurisdiction: 'FR', annualRatePercent: -3 } }, 'terms.annualRatePercent', 'negative'],
    ['a negative deadline', { ...base, deadlineDays: -8 }, 'deadlineDays', 'negative'],
    ['a deadline that is not a number', { ...base, noticeDays: Number.NaN }, 'noticeDays', 'invalid-number'],
    ['an impossible today', { ...base, today: '2026-02-29' }, 'today', 'invalid-date'],
    ['an unknown legal form', { ...base, client: { ...base.client, legalForm: 'charity' } }, 'client.legalForm', 'unknown-legal-form'],
    ['a sort code of five digits', { ...base, sender: { ...base.sender, sortCode: '20-20-1' } }, 'sender.sortCode', 'invalid-sort-code'],
    ['an account number of seven digits', { ...base, sender: { ...base.sender, accountNumber: '5555555' } }, 'sender.accountNumber', 'invalid-account-number'],
    ['a promise given by pigeon', { ...base, history: { sent: [], promise: { date: '2026-04-10', loggedOn: '2026-04-02', via: 'pigeon' } } }, 'history.promise.via', 'required'],
  ])('%s', (_name, input, field, problem) => {
    const error = errorOf(() => renderReminder(input as RenderInput));
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toContainEqual(expect.objectContaining({ field, problem }));
  });

  it('lists every problem at once, not the first only', () => {
    const input = { ...withInvoice({ number: '', dueDate: '2026-02-30', amount: { value: 0, currency: 'XXX' } }), today: '' };
    expect(errorOf(() => renderReminder(input)).fields).toEqual([
      'invoices[0].number',
      'invoices[0].dueDate',
      'invoices[0].amount.value',
      'invoices[0].amount.currency',
      'today',
    ]);
  });

  it('explains the problems in French and in English', () => {
    const error = errorOf(() => renderReminder(withInvoice({ dueDate: '2026-01-01', amount: { value: 10, currency: 'EUROS' } })));
    expect(describeError(error, 'fr')).toEqual({
      title: 'Certaines informations sont invalides.',
      details: [
        "date d’échéance (facture 1)\u00a0: ne peut pas précéder la date d’émission",
        'devise (facture 1)\u00a0: devise inconnue (code ISO 4217 attendu, ex. EUR)',
      ],
    });
    expect(describeError(error, 'en').details).toEqual([
      'due date (invoice 1): cannot be before the issue date',
      'currency (invoice 1): unknown currency (expected an ISO 4217 code such as GBP)',
    ]);
  });

  it('never throws a RangeError or a TypeError on hostile input, only a typed error', () => {
    const hostile = [
      { ...base, terms: { jurisdiction: 'FR', annualRatePercent: Infinity } },
      { ...base, terms: null },
      { ...base, deadlineDays: 1e9 },
      withInvoice({ dueDate: '9999-99-99' }),
      withInvoice({ amount: { value: '12', currency: 'EUR' } }),
    ];
    for (const input of hostile) expect(errorOf(() => renderReminder(input as unknown as RenderInput)).code).toBe('invalid-input');
  });

  it('explains a duplicate invoice and an amount finer than its currency in both languages', () => {
    const error = errorOf(() => renderReminder({ ...base, invoices: [base.invoices[0]!, { ...base.invoices[0]!, amount: { value: 0.001, currency: 'EUR' } }] }));
    expect(describeError(error, 'fr').details).toEqual([
      "montant TTC (facture 2)\u00a0: plus de décimales que la devise n’en compte (ex. 0,001 € n’existe pas)",
      'numéro de facture (facture 2)\u00a0: cette facture figure déjà dans la relance',
    ]);
    expect(describeError(error, 'en').details[1]).toBe('invoice number (invoice 2): this invoice is already in the reminder');
  });

  it('refuses invoices in different currencies in one reminder', () => {
    const input = { ...base, invoices: [base.invoices[0]!, { ...base.invoices[0]!, number: 'F-2', amount: { value: 10, currency: 'GBP' } }] };
    expect(errorOf(() => renderReminder(input)).issues).toContainEqual({ field: 'invoices[1].amount.currency', problem: 'currency-mismatch' });
  });
});
