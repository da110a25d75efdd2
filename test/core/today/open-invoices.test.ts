import { describe, expect, it } from 'vitest';
import { openInvoices, type Client, type Invoice } from '../../../src/core';

const today = '2026-12-03';
const morel: Client = { company: 'Garage Morel SARL', contact: { lastName: 'Morel', email: 'compta@garage-morel.fr' } };
const sameClientOtherContact: Client = { company: 'GARAGE MOREL SARL', contact: { lastName: 'Durand', email: 'p.durand@garage-morel.fr' } };
const other: Client = { company: 'Le Fournil', contact: { lastName: 'Petit', email: 'contact@lefournil.fr' } };
const invoice = (number: string, dueDate: string): Invoice => ({ number, issueDate: '2026-09-01', dueDate, amount: { value: 100, currency: 'EUR' } });

describe("a client's open invoices, for one reminder", () => {
  const records = [
    { invoice: invoice('F-3', '2026-12-20'), client: morel },
    { invoice: invoice('F-1', '2026-11-01'), client: sameClientOtherContact },
    { invoice: invoice('F-2', '2026-11-15'), client: morel },
    { invoice: invoice('F-4', '2026-10-01'), client: morel, history: { sent: [], paidOn: '2026-11-02' } },
    { invoice: invoice('F-5', '2026-10-01'), client: morel, history: { sent: [], disputedOn: '2026-11-02' } },
    { invoice: invoice('F-6', '2026-10-01'), client: other },
  ];

  it('lists overdue invoices first and ticked, then those not yet due, unticked', () => {
    expect(openInvoices(records, morel, today).map((entry) => [entry.invoice.number, entry.overdue, entry.selected])).toEqual([
      ['F-1', true, true],
      ['F-2', true, true],
      ['F-3', false, false],
    ]);
  });

  it('leaves out paid and disputed invoices and other clients', () => {
    const numbers = openInvoices(records, morel, today).map((entry) => entry.invoice.number);
    expect(numbers).not.toContain('F-4');
    expect(numbers).not.toContain('F-5');
    expect(numbers).not.toContain('F-6');
  });

  it('counts an invoice due today as not yet overdue', () => {
    expect(openInvoices([{ invoice: invoice('F-7', today), client: morel }], morel, today)[0]).toMatchObject({ overdue: false, selected: false });
  });
});
