import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from '../../../src/core';

const nbsp = '\u00a0';

describe('formatMoney', () => {
  it.each([
    [{ value: 4860, currency: 'EUR' }, 'fr', `4${nbsp}860,00${nbsp}€`],
    [{ value: 4860, currency: 'GBP' }, 'en', '£4,860.00'],
    [{ value: 4860, currency: 'EUR' }, 'en', '€4,860.00'],
    [{ value: 1234567.5, currency: 'EUR' }, 'fr', `1${nbsp}234${nbsp}567,50${nbsp}€`],
    [{ value: 0.1 + 0.2, currency: 'EUR' }, 'fr', `0,30${nbsp}€`],
    [{ value: 1500, currency: 'CHF' }, 'fr', `1${nbsp}500,00${nbsp}CHF`],
    [{ value: 1500, currency: 'CHF' }, 'en', `CHF${nbsp}1,500.00`],
    [{ value: 150000, currency: 'JPY' }, 'en', 'JPY\u00a0150,000'],
  ] as const)('%o in %s reads %s', (money, language, expected) => {
    expect(formatMoney(money, language)).toBe(expected);
  });

  it('never puts a breaking space inside a French amount', () => {
    expect(formatMoney({ value: 98765.43, currency: 'EUR' }, 'fr')).not.toMatch(/ /);
  });
});

describe('formatDate', () => {
  it.each([
    ['2026-03-16', 'fr', '16 mars 2026'],
    ['2026-04-01', 'fr', '1er avril 2026'],
    ['2026-08-02', 'fr', '2 août 2026'],
    ['2026-03-16', 'en', '16 March 2026'],
    ['2026-04-01', 'en', '1 April 2026'],
  ] as const)('%s in %s reads %s', (date, language, expected) => {
    expect(formatDate(date, language)).toBe(expected);
  });
});
