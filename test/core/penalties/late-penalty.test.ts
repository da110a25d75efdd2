import { describe, expect, it } from 'vitest';
import { latePenalty, RelanceError, type Invoice } from '../../../src/core';
import { statutoryPenaltyTerms } from '../../../src/core/penalties/statutory-penalty-terms';

const eur = (value: number) => ({ value, currency: 'EUR' });
const gbp = (value: number) => ({ value, currency: 'GBP' });
const invoice = (amount: { value: number; currency: string }, extra: Partial<Invoice> = {}): Invoice => ({
  number: 'F-1',
  issueDate: '2026-02-14',
  dueDate: '2026-03-16',
  amount,
  ...extra,
});

describe('latePenalty', () => {
  // 4 860 € × 12,15 % × 40 / 365 = 64,7112 €
  it('computes French interest day by day at the ECB rate + 10 points, plus 40 € per invoice', () => {
    const result = latePenalty({ invoice: invoice(eur(4860)), today: '2026-04-25', terms: { jurisdiction: 'FR', annualRatePercent: 12.15 } });
    expect(result).toEqual({ days: 40, interest: eur(64.71), indemnity: eur(40), total: eur(104.71) });
  });

  // £4,860 × 11.75% × 30 / 365 = £46.9356; fixed sum £70 for a debt between £1,000 and £9,999.99
  it('computes UK statutory interest and the fixed sum by the size of the debt', () => {
    const result = latePenalty({ invoice: invoice(gbp(4860)), today: '2026-04-15', terms: { jurisdiction: 'UK', annualRatePercent: 11.75 } });
    expect(result).toEqual({ days: 30, interest: gbp(46.94), indemnity: gbp(70), total: gbp(116.94) });
  });

  it.each([
    [999.99, 40],
    [1000, 70],
    [9999.99, 70],
    [10000, 100],
  ])('gives the UK fixed sum for a debt of £%s as £%s', (debt, fixed) => {
    const result = latePenalty({ invoice: invoice(gbp(debt)), today: '2026-03-17', terms: { jurisdiction: 'UK', annualRatePercent: 11.75 } });
    expect(result.indemnity).toEqual(gbp(fixed));
  });

  // 750,50 € × 12,15 % × 20 / 365 = 4,9965 €
  it('charges interest on what remains after a partial payment', () => {
    const result = latePenalty({
      invoice: invoice(eur(1250.5), { amountDue: eur(750.5) }),
      today: '2026-04-05',
      terms: { jurisdiction: 'FR', annualRatePercent: 12.15 },
    });
    expect(result.interest).toEqual(eur(5));
  });

  // 1 250,50 € × 12,15 % × 10 / 365 = 4,1625 €, then 750,50 € × 12,15 % × 10 / 365 = 2,4982 €: 6,66 €
  it('charges interest on the whole amount until a dated partial payment, and on what remains after it', () => {
    const result = latePenalty({
      invoice: invoice(eur(1250.5), { amountDue: eur(750.5) }),
      today: '2026-04-05',
      terms: { jurisdiction: 'FR', annualRatePercent: 12.15 },
      payments: [{ on: '2026-03-26', amount: eur(500) }],
    });
    expect(result.interest).toEqual(eur(6.66));
  });

  it('takes a payment made before the due date off the principal from the start', () => {
    const result = latePenalty({
      invoice: invoice(eur(1250.5), { amountDue: eur(750.5) }),
      today: '2026-04-05',
      terms: { jurisdiction: 'FR', annualRatePercent: 12.15 },
      payments: [{ on: '2026-03-01', amount: eur(500) }],
    });
    expect(result.interest).toEqual(eur(5)); // the same as 750,50 € over 20 days
  });

  it('a contractual rate overrides the statutory one', () => {
    const result = latePenalty({ invoice: invoice(eur(10000)), today: '2026-04-15', terms: { jurisdiction: 'FR', annualRatePercent: 15 } });
    // 10 000 € × 15 % × 30 / 365 = 123,2876 €
    expect(result.interest).toEqual(eur(123.29));
  });

  it('owes nothing on or before the due date', () => {
    const result = latePenalty({ invoice: invoice(eur(4860)), today: '2026-03-16', terms: { jurisdiction: 'FR', annualRatePercent: 12.15 } });
    expect(result).toEqual({ days: 0, interest: eur(0), indemnity: eur(0), total: eur(0) });
  });

  it('rounds to the cent without floating-point drift on many small amounts', () => {
    const result = latePenalty({ invoice: invoice(eur(0.1 + 0.2)), today: '2026-03-17', terms: { jurisdiction: 'FR', annualRatePercent: 12.15 } });
    expect(result.total).toEqual(eur(40));
  });

  it('refuses a French indemnity on an invoice not in euros', () => {
    expect(() => latePenalty({ invoice: invoice(gbp(100)), today: '2026-04-15', terms: { jurisdiction: 'FR', annualRatePercent: 12.15 } })).toThrow(RelanceError);
  });
});

describe('statutoryPenaltyTerms', () => {
  it.each([
    ['FR', '2026-03-16', 12.15], // ECB 2.15 % on 1 January 2026
    ['FR', '2025-03-10', 13.15], // ECB 3.15 % on 1 January 2025
    ['FR', '2025-08-01', 12.15], // ECB 2.15 % on 1 July 2025
    ['UK', '2026-03-16', 11.75], // BoE 3.75 % on 31 December 2025
    ['UK', '2025-09-01', 12.25], // BoE 4.25 % on 30 June 2025
  ] as const)('%s, invoice due %s: %s %%', (jurisdiction, dueDate, rate) => {
    expect(statutoryPenaltyTerms(jurisdiction, dueDate)).toEqual({ jurisdiction, annualRatePercent: rate });
  });

  it('takes the rate table as a setting', () => {
    const rates = { ecb: [{ from: '2026-01-01', percent: 3 }], bankOfEngland: [] };
    expect(statutoryPenaltyTerms('FR', '2026-03-16', rates).annualRatePercent).toBe(13);
  });
});
