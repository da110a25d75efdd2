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
        "date d'échéance (facture 1) : ne peut pas précéder la date d'émission",
        'devise (facture 1) : devise inconnue (code ISO 4217 attendu, ex. EUR)',
      ],
    });
    expect(describeError(error, 'en').details).toEqual([
      'due date (invoice 1): cannot be before the issue date',
      'currency (invoice 1): unknown currency (expected an ISO 4217 code such as GBP)',
    ]);
  });

  it('refuses invoices in different currencies in one reminder', () => {
    const input = { ...base, invoices: [base.invoices[0]!, { ...base.invoices[0]!, number: 'F-2', amount: { value: 10, currency: 'GBP' } }] };
    expect(errorOf(() => renderReminder(input)).issues).toContainEqual({ field: 'invoices[1].amount.currency', problem: 'currency-mismatch' });
  });
});
