import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../src/core/dates/is-iso-date';
import { extractInvoice } from '../../../src/core/extract/extract-invoice';
import type { InvoiceFacts } from '../../../src/core/extract/invoice-facts';

const oneMegabyte = 1024 * 1024;
const fields = ['number', 'amount', 'amountDue', 'issueDate', 'dueDate'];

function wellFormed(facts: Partial<InvoiceFacts>): void {
  for (const key of Object.keys(facts)) expect(fields).toContain(key);
  if (facts.number !== undefined) expect(facts.number.length).toBeGreaterThan(0);
  for (const money of [facts.amount, facts.amountDue]) if (money) expect(money.value).toBeGreaterThan(0);
  for (const date of [facts.issueDate, facts.dueDate]) if (date !== undefined) expect(isIsoDate(date)).toBe(true);
  if (facts.issueDate && facts.dueDate) expect(facts.dueDate >= facts.issueDate).toBe(true);
}

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => String.fromCharCode(...bytes)),
);
const invoiceLike = fc
  .array(
    fc.constantFrom('Facture F-2026-0142', 'Invoice #10458', 'Total TTC : 4 860,00 €', 'Reste à payer : 100,00 €', 'Échéance : 16/03/2026', 'Date : 14/02/2026', 'Net 30', 'HT', '£', '<td>', '</td>', '\n', ' ', '45 jours fin de mois', '9 janvier', '03/01/2026', '$1,250.00'),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(' '));

describe('extractInvoice never throws and answers well-formed facts', () => {
  it('on any subject, body and attachment names', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, invoiceLike), fc.oneof(anyText, invoiceLike), fc.array(anyText, { maxLength: 3 }), (subject, body, attachmentNames) => {
        wellFormed(extractInvoice({ subject, body, attachmentNames }));
      }),
      { numRuns: 300 },
    );
  });

  it('on inputs that are not what the type says', () => {
    for (const value of [undefined, null, 42, {}, []]) {
      wellFormed(extractInvoice({ subject: value as unknown as string, body: value as unknown as string, attachmentNames: value as unknown as string[] }));
    }
    expect(extractInvoice(undefined as unknown as { subject: string; body: string })).toEqual({});
  });

  // How fast is for `npm run bench`; here only that it answers. The timeout only catches a hang.
  it('on 1 MB of text, binary noise or HTML', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(anyText, invoiceLike, fc.constantFrom('<div>Total : 1 €</div>', 'Facture n° ', '00 00 00 ')), (seed) => {
        const body = seed.length === 0 ? 'x'.repeat(oneMegabyte) : seed.repeat(Math.ceil(oneMegabyte / seed.length)).slice(0, oneMegabyte);
        wellFormed(extractInvoice({ subject: 'Facture F-2026-0142', body, attachmentNames: [body.slice(0, 2000)] }));
      }),
      { numRuns: 12 },
    );
  });
});
