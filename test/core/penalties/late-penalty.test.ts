import { describe, expect, it } from 'vitest';
import { describeError, latePenalty, referenceRates, type Invoice, type PenaltyTerms } from '../../../src/core';
import { errorOf } from '../support/error-of';

const eur = (value: number) => ({ value, currency: 'EUR' });
const gbp = (value: number) => ({ value, currency: 'GBP' });
const invoice = (amount: { value: number; currency: string }, extra: Partial<Invoice> = {}): Invoice => ({
  number: 'F-1',
  issueDate: '2024-01-01',
  dueDate: '2026-03-16',
  amount,
  ...extra,
});
const FR: PenaltyTerms = { jurisdiction: 'FR' };
const UK: PenaltyTerms = { jurisdiction: 'UK' };
const rates = (result: ReturnType<typeof latePenalty>) => result.periods.map((period) => [period.from, period.to, period.days, period.ratePercent, period.interest.value]);

describe('latePenalty, France: each half-year at its own rate', () => {
  // 16 Nov–31 Dec 2024: 46 days at 14.25 % (ECB 4.25 % on 1 July 2024 + 10): 10 000 × 14,25 % × 46 / 365 = 179,589 → 179,59
  // 1 Jan–30 Jun 2025: 181 days at 13.15 % (ECB 3.15 % on 1 January 2025): 10 000 × 13,15 % × 181 / 365 = 652,096 → 652,10
  // 1 Jul–31 Dec 2025: 184 days at 12.15 % (ECB 2.15 % on 1 July 2025): 10 000 × 12,15 % × 184 / 365 = 612,493 → 612,49
  // 1 Jan–15 Jan 2026: 15 days at 12.15 % (ECB 2.15 % on 1 January 2026): 10 000 × 12,15 % × 15 / 365 = 49,932 → 49,93
  // 179,59 + 652,10 + 612,49 + 49,93 = 1 494,11 € (the due date's 14.25 % for all 426 days would give 1 663,15 €)
  it('works a delay out half-year by half-year and adds the periods: 10 000 € due 15 November 2024, claimed 15 January 2026', () => {
    const result = latePenalty({ invoice: invoice(eur(10000), { dueDate: '2024-11-15' }), today: '2026-01-15', terms: FR });
    expect(rates(result)).toEqual([
      ['2024-11-16', '2024-12-31', 46, 14.25, 179.59],
      ['2025-01-01', '2025-06-30', 181, 13.15, 652.1],
      ['2025-07-01', '2025-12-31', 184, 12.15, 612.49],
      ['2026-01-01', '2026-01-15', 15, 12.15, 49.93],
    ]);
    expect(result).toMatchObject({ days: 426, interest: eur(1494.11), indemnity: eur(40), total: eur(1534.11), basis: 'statutory' });
  });

  // 4 860 € × 12,15 % × 40 / 365 = 64,711 → 64,71 €, plus 40 €
  it('computes a delay within one half-year at the ECB rate + 10 points, plus 40 € per invoice', () => {
    const result = latePenalty({ invoice: invoice(eur(4860)), today: '2026-04-25', terms: FR });
    expect(result).toMatchObject({ days: 40, interest: eur(64.71), indemnity: eur(40), total: eur(104.71) });
    // 4 860 × 12,15 % / 365 = 1,6178 € a day
    expect(result.dailyInterest).toEqual(eur(1.62));
  });

  // Due 10 June 2025: 11-30 June, 20 days at 13.15 %: 10 000 × 13,15 % × 20 / 365 = 72,055 → 72,05;
  //                  1-20 July, 20 days at 12.15 %: 10 000 × 12,15 % × 20 / 365 = 66,575 → 66,58. Total 138,63.
  // Due 10 July 2025: 11-20 July, 10 days at 12.15 %: 10 000 × 12,15 % × 10 / 365 = 33,288 → 33,29 (never the June invoice's rate).
  it('gives each invoice its own periods: invoices due in June and July 2025', () => {
    const june = latePenalty({ invoice: invoice(eur(10000), { dueDate: '2025-06-10' }), today: '2025-07-20', terms: FR });
    const july = latePenalty({ invoice: invoice(eur(10000), { dueDate: '2025-07-10' }), today: '2025-07-20', terms: FR });
    expect(rates(june)).toEqual([
      ['2025-06-11', '2025-06-30', 20, 13.15, 72.05],
      ['2025-07-01', '2025-07-20', 20, 12.15, 66.58],
    ]);
    expect(june.interest).toEqual(eur(138.63));
    expect(rates(july)).toEqual([['2025-07-11', '2025-07-20', 10, 12.15, 33.29]]);
  });

  // A 2023 invoice owes 12.50 % (ECB 2.50 % on 1 January 2023) for its first months, not the 14.50 % of late 2023:
  // 1 April–30 June 2023, 91 days: 1 000 × 12,50 % × 91 / 365 = 31,164 → 31,16; 1–10 July 2023 at 14.00 % (ECB 4.00 %): 3,836 → 3,84
  it('reads 2023 rates from the table, not its first or last rate', () => {
    const result = latePenalty({ invoice: invoice(eur(1000), { issueDate: '2023-03-01', dueDate: '2023-03-31' }), today: '2023-07-10', terms: FR });
    expect(rates(result)).toEqual([
      ['2023-04-01', '2023-06-30', 91, 12.5, 31.16],
      ['2023-07-01', '2023-07-10', 10, 14, 3.84],
    ]);
    expect(result.interest).toEqual(eur(35));
  });

  // 21 June–20 July 2025 (30 days) with 500 € paid on 10 July:
  // 21-30 June at 13.15 % on 1 250,50: 4,505 → 4,51; 1-10 July at 12.15 % on 1 250,50: 4,163 → 4,16; 11-20 July at 12.15 % on 750,50: 2,498 → 2,50. Total 11,17.
  it('cuts the delay at each dated part payment as well as at each half-year', () => {
    const result = latePenalty({
      invoice: invoice(eur(1250.5), { dueDate: '2025-06-20', amountDue: eur(750.5) }),
      today: '2025-07-20',
      terms: FR,
      payments: [{ on: '2025-07-10', amount: eur(500) }],
    });
    expect(rates(result)).toEqual([
      ['2025-06-21', '2025-06-30', 10, 13.15, 4.51],
      ['2025-07-01', '2025-07-10', 10, 12.15, 4.16],
      ['2025-07-11', '2025-07-20', 10, 12.15, 2.5],
    ]);
    expect(result.interest).toEqual(eur(11.17));
  });

  // 750,50 € × 12,15 % × 20 / 365 = 4,9965 €
  it('charges interest on what remains after a partial payment whose date is not known', () => {
    const result = latePenalty({ invoice: invoice(eur(1250.5), { amountDue: eur(750.5) }), today: '2026-04-05', terms: FR });
    expect(result.interest).toEqual(eur(5));
  });

  // 1 250,50 € × 12,15 % × 10 / 365 = 4,1625 €, then 750,50 € × 12,15 % × 10 / 365 = 2,4982 €: 4,16 + 2,50 = 6,66 €
  it('charges interest on the whole amount until a dated partial payment, and on what remains after it', () => {
    const result = latePenalty({
      invoice: invoice(eur(1250.5), { amountDue: eur(750.5) }),
      today: '2026-04-05',
      terms: FR,
      payments: [{ on: '2026-03-26', amount: eur(500) }],
    });
    expect(result.interest).toEqual(eur(6.66));
  });

  it('takes a payment made before the due date off the principal from the start', () => {
    const result = latePenalty({
      invoice: invoice(eur(1250.5), { amountDue: eur(750.5) }),
      today: '2026-04-05',
      terms: FR,
      payments: [{ on: '2026-03-01', amount: eur(500) }],
    });
    expect(result.interest).toEqual(eur(5)); // the same as 750,50 € over 20 days
  });

  it('owes nothing on or before the due date', () => {
    const result = latePenalty({ invoice: invoice(eur(4860)), today: '2026-03-16', terms: FR });
    expect(result).toMatchObject({ days: 0, interest: eur(0), indemnity: eur(0), total: eur(0), periods: [] });
  });

  it('rounds to the cent without floating-point drift on many small amounts', () => {
    const result = latePenalty({ invoice: invoice(eur(0.1 + 0.2)), today: '2026-03-17', terms: FR });
    expect(result.total).toEqual(eur(40));
  });
});

describe('latePenalty, French contractual rates', () => {
  // 10 000 € × 15 % × 30 / 365 = 123,2876 €
  it('applies a contractual rate above the floor', () => {
    const result = latePenalty({ invoice: invoice(eur(10000)), today: '2026-04-15', terms: { jurisdiction: 'FR', annualRatePercent: 15 } });
    expect(result).toMatchObject({ interest: eur(123.29), basis: 'contractual' });
  });

  // Floor for the first half of 2026: 3 × 2,62 % = 7,86 %
  it('refuses a contractual rate below three times the legal interest rate, naming the floor', () => {
    const error = errorOf(() => latePenalty({ invoice: invoice(eur(10000)), today: '2026-04-15', terms: { jurisdiction: 'FR', annualRatePercent: 7 } }));
    expect(error.issues).toEqual([{ field: 'terms.annualRatePercent', problem: 'below-legal-floor', floor: 7.86, date: '2026-01-01' }]);
    expect(describeError(error, 'fr').details[0]).toContain('7,86\u00a0% pour le semestre commençant le 1er janvier 2026');
    expect(() => latePenalty({ invoice: invoice(eur(10000)), today: '2026-04-15', terms: { jurisdiction: 'FR', annualRatePercent: 7.86 } })).not.toThrow();
  });

  // "Trois fois le taux d'intérêt légal": 2-31 Dec 2025 at 3 × 2,76 = 8,28 %: 10 000 × 8,28 % × 30 / 365 = 68,055 → 68,05;
  // 1-30 Jan 2026 at 3 × 2,62 = 7,86 %: 10 000 × 7,86 % × 30 / 365 = 64,603 → 64,60. Total 132,65.
  it('resolves "three times the legal interest rate" half-year by half-year', () => {
    const result = latePenalty({ invoice: invoice(eur(10000), { dueDate: '2025-12-01' }), today: '2026-01-30', terms: { jurisdiction: 'FR', legalRateMultiple: 3 } });
    expect(rates(result)).toEqual([
      ['2025-12-02', '2025-12-31', 30, 8.28, 68.05],
      ['2026-01-01', '2026-01-30', 30, 7.86, 64.6],
    ]);
    expect(result).toMatchObject({ interest: eur(132.65), basis: 'legal-rate-multiple' });
  });

  it('refuses a multiple of the legal rate below three, and outside French law', () => {
    expect(errorOf(() => latePenalty({ invoice: invoice(eur(100)), today: '2026-04-15', terms: { jurisdiction: 'FR', legalRateMultiple: 2 } })).issues).toEqual([
      { field: 'terms.legalRateMultiple', problem: 'below-legal-floor', floor: 3 },
    ]);
    expect(errorOf(() => latePenalty({ invoice: invoice(gbp(100)), today: '2026-04-15', terms: { jurisdiction: 'UK', legalRateMultiple: 3 } })).fields).toEqual(['terms.legalRateMultiple']);
  });

  // Public body (R2192-31): ECB rate on the first day of the half-year interest started in (1 January 2025: 3,15 %) + 8 = 11,15 %
  // for the whole delay, across 1 July: 10 000 × 11,15 % × 30 / 365 = 91,644 → 91,64 €, plus 40 €.
  it('charges a French public body the ECB rate + 8 points of the half-year interest started in, and 40 €', () => {
    const result = latePenalty({ invoice: invoice(eur(10000), { dueDate: '2025-06-20' }), today: '2025-07-20', terms: { jurisdiction: 'FR', publicBody: true } });
    expect(rates(result)).toEqual([['2025-06-21', '2025-07-20', 30, 11.15, 91.64]]);
    expect(result).toMatchObject({ indemnity: eur(40), basis: 'public-body' });
  });
});

describe('latePenalty, UK: one rate for the whole delay', () => {
  // £4,860 × 11.75% × 30 / 365 = £46.9356 (BoE 3.75 % on 31 December 2025 + 8); fixed sum £70 for £1,000 to £9,999.99
  it('computes UK statutory interest and the fixed sum by the size of the debt', () => {
    const result = latePenalty({ invoice: invoice(gbp(4860)), today: '2026-04-15', terms: UK });
    expect(result).toMatchObject({ days: 30, interest: gbp(46.94), indemnity: gbp(70), total: gbp(116.94) });
  });

  // Due 20 June 2025: reference rate on 31 December 2024 (BoE 4.75 %) + 8 = 12.75 %, kept after 1 July:
  // £10,000 × 12.75% × 30 / 365 = £104.79; a day: £10,000 × 12.75% / 365 = £3.4932 → £3.49
  it('keeps the rate fixed before the debt fell due across half-years, and states the daily interest', () => {
    const result = latePenalty({ invoice: invoice(gbp(10000), { dueDate: '2025-06-20' }), today: '2025-07-20', terms: UK });
    expect(rates(result)).toEqual([['2025-06-21', '2025-07-20', 30, 12.75, 104.79]]);
    expect(result).toMatchObject({ indemnity: gbp(100), dailyInterest: gbp(3.49) });
  });

  // Due in September 2025: BoE 4.25 % on 30 June 2025 + 8 = 12.25 %
  it('reads the 30 June rate for a debt due in the second half-year', () => {
    expect(latePenalty({ invoice: invoice(gbp(1000), { dueDate: '2025-09-01' }), today: '2025-09-02', terms: UK }).periods[0]?.ratePercent).toBe(12.25);
  });

  it.each([
    [999.99, 40],
    [1000, 70],
    [9999.99, 70],
    [10000, 100],
  ])('gives the UK fixed sum for a debt of £%s as £%s', (debt, fixed) => {
    const result = latePenalty({ invoice: invoice(gbp(debt)), today: '2026-03-17', terms: UK });
    expect(result.indemnity).toEqual(gbp(fixed));
  });
});

describe('latePenalty refuses to guess', () => {
  it('refuses a half-year past the date the rate table is known to, telling the admin to update it', () => {
    const error = errorOf(() => latePenalty({ invoice: invoice(eur(1000), { dueDate: '2026-06-01' }), today: '2026-07-15', terms: FR }));
    expect(error.code).toBe('rates-outdated');
    expect(error.issues[0]).toMatchObject({ field: 'rates.ecb', date: '2026-07-01', knownUntil: referenceRates.ecb.knownUntil });
    expect(describeError(error, 'fr').details[0]).toMatch(/taux de la BCE\u00a0: connus jusqu’au .* 1er juillet 2026\. L’administrateur doit mettre à jour la table des taux/);
    expect(describeError(error, 'en').title).toBe('Penalties cannot be computed: the table of reference rates is out of date.');
  });

  it('refuses a date before the table starts rather than use its first rate', () => {
    const table = { ...referenceRates, ecb: { changes: [{ from: '2023-09-20', percent: 4.5 }], knownUntil: '2026-02-28' } };
    const error = errorOf(() => latePenalty({ invoice: invoice(eur(1000), { issueDate: '2023-05-01', dueDate: '2023-05-31' }), today: '2023-10-10', terms: FR, rates: table }));
    expect(error.code).toBe('rates-unavailable');
    expect(error.issues[0]).toMatchObject({ field: 'rates.ecb', date: '2023-01-01', knownFrom: '2023-09-20' });
    // The built-in UK table starts in August 2018: a debt due in spring 2018 needs the rate of 31 December 2017.
    expect(errorOf(() => latePenalty({ invoice: invoice(gbp(1000), { issueDate: '2018-01-01', dueDate: '2018-04-01' }), today: '2018-05-01', terms: UK })).code).toBe('rates-unavailable');
  });

  it('takes the rate tables as a setting', () => {
    const table = { ...referenceRates, ecb: { changes: [{ from: '2026-01-01', percent: 3 }], knownUntil: '2026-06-30' } };
    // 1 000 € × 13 % × 10 / 365 = 3,5616 €
    expect(latePenalty({ invoice: invoice(eur(1000)), today: '2026-03-26', terms: FR, rates: table }).interest).toEqual(eur(3.56));
  });

  it('never takes the law from the currency: French law on a pound invoice is refused, saying why', () => {
    const error = errorOf(() => latePenalty({ invoice: invoice(gbp(100)), today: '2026-04-15', terms: FR }));
    expect(error.code).toBe('penalty-currency');
    expect(describeError(error, 'fr').title).toContain("aucune loi applicable n’est configurée pour la devise");
  });

  it.each([
    ['an impossible due date', { invoice: invoice(eur(100), { dueDate: '2026-02-30' }), today: '2026-04-15', terms: FR }, 'invoice.dueDate', 'invalid-date'],
    ['an impossible today', { invoice: invoice(eur(100)), today: '2026-04-31', terms: FR }, 'today', 'invalid-date'],
    ['a rate that is not a number', { invoice: invoice(eur(100)), today: '2026-04-15', terms: { jurisdiction: 'FR', annualRatePercent: Number.NaN } }, 'terms.annualRatePercent', 'invalid-number'],
    ['a negative rate', { invoice: invoice(eur(100)), today: '2026-04-15', terms: { jurisdiction: 'FR', annualRatePercent: -1 } }, 'terms.annualRatePercent', 'negative'],
    ['an unknown jurisdiction', { invoice: invoice(eur(100)), today: '2026-04-15', terms: { jurisdiction: 'DE' } }, 'terms.jurisdiction', 'unknown-jurisdiction'],
    ['an amount below the cent', { invoice: invoice(eur(0.001)), today: '2026-04-15', terms: FR }, 'invoice.amount.value', 'finer-than-currency'],
    ['a part payment without a date', { invoice: invoice(eur(100)), today: '2026-04-15', terms: FR, payments: [{ on: '', amount: eur(10) }] }, 'payments[0].on', 'required'],
  ])('refuses %s with a typed error naming the field, never a figure', (_name, input, field, problem) => {
    const error = errorOf(() => latePenalty(input as Parameters<typeof latePenalty>[0]));
    expect(error.issues).toContainEqual(expect.objectContaining({ field, problem }));
  });

  it('refuses missing terms as no governing law', () => {
    const error = errorOf(() => latePenalty({ invoice: invoice(eur(100)), today: '2026-04-15', terms: {} as PenaltyTerms }));
    expect(error.code).toBe('no-governing-law');
    expect(error.fields).toEqual(['terms.jurisdiction']);
  });
});
