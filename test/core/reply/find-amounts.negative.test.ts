import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../src/core/reply/find-amounts';

describe('findAmounts: numbers that are not amounts', () => {
  it.each([
    ['a number without a currency', 'Nous réglerons 2 000 vendredi.'],
    ['a phone number', 'Tél. 06 12 34 56 78'],
    ['a date', 'le 15/03/2026'],
    ['a time', 'avant 14h30'],
    ['an invoice number', 'facture F-2026-0142'],
    ['a percentage', 'TVA 20 %'],
    ['a SIRET number', 'SIRET 412 345 678 00021'],
    ['a currency code inside a word', 'EURO2026 CHFX 100'],
    ['a zero amount', '0,00 €'],
  ])('finds none in %s', (_what, text) => {
    expect(findAmounts(text)).toEqual([]);
  });
});
