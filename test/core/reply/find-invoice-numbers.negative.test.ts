import { describe, expect, it } from 'vitest';
import { findInvoiceNumbers } from '../../../src/core/reply/find-invoice-numbers';

describe('findInvoiceNumbers: what is not an invoice number', () => {
  it.each([
    ['the date of an invoice', 'votre facture du 12/03/2026'],
    ['an ISO date', 'invoice 2026-03-15'],
    ['the amount of an invoice', 'facture de 1 250,00 €'],
    ['an amount right after the word', 'facture 125,00 €'],
    ['a year alone', 'nos factures 2026'],
    ['a month name', 'la facture de mars'],
    ['a reference that is not an invoice', 'notre bon de commande 4500012345'],
    ['a phone number', 'Tél. 04 72 41 18 90'],
    ['a date in English', 'your invoice dated 10 March'],
    ['a support ticket', 'Your query is logged as INC0242908.'],
    ['a purchase order number', 'Please quote PO-458812 on every invoice.'],
    ['a VAT number', 'VAT GB123456789, company FR40123456789'],
  ])('finds none in %s', (_what, text) => {
    expect(findInvoiceNumbers(text)).toEqual([]);
  });
});
