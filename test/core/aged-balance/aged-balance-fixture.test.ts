/** The 40-row French aged balance the browser test imports: read whole, planned by client. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planToday, readAgedBalance } from '../../../src/core';

const text = readFileSync(join(import.meta.dirname, '../../fixtures/aged-balance/balance-agee-fr-40.csv'), 'utf8');

describe('a French aged balance of 40 rows (title line, quoted names, no-break spaces, total line)', () => {
  const read = readAgedBalance({ text, language: 'fr' });

  it('reads every row and nothing else', () => {
    expect(read.problems).toEqual([]);
    expect(read.rows).toHaveLength(40);
    expect(read.rows.map((row) => row.client.company)).toContain('Boulangerie "Le Fournil"');
  });

  it("puts Menuiserie Vidal's two overdue invoices in one reminder, with one total, and leaves the one not yet due", () => {
    const records = read.rows.map((row) => ({ invoice: row.invoice, client: { company: row.client.company, contact: { lastName: '', email: row.client.email ?? '' } }, history: { sent: [] } }));
    const vidal = planToday({ records, today: '2026-03-09' }).clients.find((client) => client.client.company === 'Menuiserie Vidal');
    expect(vidal?.invoices.map((entry) => entry.invoice.number)).toEqual(['FA-2026-0200', 'FA-2026-0201']);
    expect(vidal?.total).toEqual({ value: 4716.5, currency: 'EUR' });
  });
});
