import { describe, expect, it } from 'vitest';
import { parseSheetAmount } from '../../../src/core/aged-balance/parse-sheet-amount';

describe('amounts as accounting exports write them', () => {
  it.each([
    ['4 860,00', 4860],
    ['4\u00a0860,00 €', 4860],
    ['4\u202f860,00', 4860],
    ['4.860,00', 4860],
    ['4,860.00', 4860],
    ['4860.5', 4860.5],
    ['4860', 4860],
    ['1 234 567,89', 1234567.89],
    ['1,234,567.89', 1234567.89],
    ['4,860', 4860],
    ['0,50', 0.5],
  ])('reads %s as %d', (text, value) => {
    expect(parseSheetAmount(text)?.value).toBe(value);
  });

  it('takes the currency from a symbol or a code in the cell', () => {
    expect(parseSheetAmount('£4,860.00')).toEqual({ value: 4860, currency: 'GBP' });
    expect(parseSheetAmount('EUR 950.00')).toEqual({ value: 950, currency: 'EUR' });
    expect(parseSheetAmount('$1,200')).toEqual({ value: 1200, currency: 'USD' });
    expect(parseSheetAmount('950,00')).toEqual({ value: 950 });
  });

  it('reads a credit as negative, in brackets or with a minus sign', () => {
    expect(parseSheetAmount('(120.00)')?.value).toBe(-120);
    expect(parseSheetAmount('-120,00')?.value).toBe(-120);
    expect(parseSheetAmount('120,00-')?.value).toBe(-120);
  });

  it('reads three decimals in a three-decimal currency', () => {
    expect(parseSheetAmount('12.500', 3)?.value).toBe(12.5);
    expect(parseSheetAmount('12.500', 2)?.value).toBe(12500);
  });
});

describe('amounts it refuses rather than guesses', () => {
  it.each(['1,2,3', '0,001', '12,34,56', 'abc', '', '4 860,00 et 12', '1.2.3', '--5', '12,3456'])('refuses %j', (text) => {
    expect(parseSheetAmount(text)).toBeUndefined();
  });
});
