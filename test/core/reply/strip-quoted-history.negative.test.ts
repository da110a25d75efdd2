import { describe, expect, it } from 'vitest';
import { stripQuotedHistory } from '../../../src/core/reply/strip-quoted-history';

describe('stripQuotedHistory: lines that only look like a quote', () => {
  it.each([
    'Le virement partira le 15 :\nmontant 2 000 €.',
    'De : notre côté, tout est en ordre.\nLe virement partira vendredi.',
    'From: our side, payment is approved.\nIt will go out on Friday.',
    'Objet : votre facture.\nElle sera réglée le 20.',
    'Le directeur a validé.\nNous réglerons le 20.',
  ])('keeps "%s"', (text) => {
    expect(stripQuotedHistory(text)).toBe(text);
  });
});
