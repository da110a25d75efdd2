import { describe, expect, it } from 'vitest';
import { plainAmount } from '../../../src/core/money/plain-amount';

describe('an amount as plain digits, in its currency’s own decimals', () => {
  it.each([
    [{ value: 4860, currency: 'EUR' }, '4860.00'],
    [{ value: 150000, currency: 'JPY' }, '150000'],
    [{ value: 12500, currency: 'XOF' }, '12500'],
    [{ value: 1.234, currency: 'KWD' }, '1.234'],
    [{ value: 12.5, currency: 'TND' }, '12.500'],
    [{ value: 0.1 + 0.2, currency: 'EUR' }, '0.30'],
    [{ value: -42.05, currency: 'EUR' }, '-42.05'],
  ] as const)('%o reads %s', (money, expected) => {
    expect(plainAmount(money)).toBe(expected);
  });

  it('writes the decimal comma a French spreadsheet expects', () => {
    expect(plainAmount({ value: 1.234, currency: 'KWD' }, ',')).toBe('1,234');
    expect(plainAmount({ value: 4860.5, currency: 'EUR' }, ',')).toBe('4860,50');
    expect(plainAmount({ value: 150000, currency: 'JPY' }, ',')).toBe('150000');
  });
});
