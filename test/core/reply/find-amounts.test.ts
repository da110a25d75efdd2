import { describe, expect, it } from 'vitest';
import { findAmounts, parseDecimal } from '../../../src/core/reply/find-amounts';

const first = (text: string) => findAmounts(text)[0]?.money;

describe('findAmounts', () => {
  it.each([
    ['2 000,00 €', 2000, 'EUR'],
    ['2\u00a0000,00\u00a0€', 2000, 'EUR'],
    ['2\u202f000,00\u00a0€', 2000, 'EUR'],
    ['2.000,00 EUR', 2000, 'EUR'],
    ['2000 EUR', 2000, 'EUR'],
    ['1500 euros', 1500, 'EUR'],
    ['€4,860.00', 4860, 'EUR'],
    ['EUR 2,000.00', 2000, 'EUR'],
    ['£2,000', 2000, 'GBP'],
    ['£615.50', 615.5, 'GBP'],
    ['2,000 GBP', 2000, 'GBP'],
    ['300 livres sterling', 300, 'GBP'],
    ['$1,250.50', 1250.5, 'USD'],
    ['CHF 12\u2019500.00', 12500, 'CHF'],
    ['1 250,5 €', 1250.5, 'EUR'],
  ])('reads %s', (text, value, currency) => {
    expect(first(`Nous réglerons ${text} vendredi.`)).toEqual({ value, currency });
  });

  it('finds every amount with its place in the text', () => {
    expect(findAmounts('Total HT 1 000,00 € – TVA 200,00 € – Total TTC 1 200,00 €').map((mention) => [mention.money.value, mention.index])).toEqual([
      [1000, 9],
      [200, 26],
      [1200, 47],
    ]);
  });

  it('reads both decimal marks and both thousands separators', () => {
    expect([parseDecimal('2 000,00'), parseDecimal('2.000,00'), parseDecimal('2,000.00'), parseDecimal('2,000'), parseDecimal('12,5')]).toEqual([2000, 2000, 2000, 2000, 12.5]);
  });
});
