import { describe, expect, it } from 'vitest';
import { findInvoiceNumbers } from '../../../src/core/reply/find-invoice-numbers';

describe('findInvoiceNumbers', () => {
  it.each([
    ['Facture n° F-2026-0142', ['F-2026-0142']],
    ['facture N°2026-118', ['2026-118']],
    ['Invoice #10458', ['10458']],
    ['Invoice No. 87', ['87']],
    ['Inv. 10458', ['10458']],
    ['Invoice INV-0042 for £1,250.00', ['INV-0042']],
    ['Votre facture n° FAC-2026-031 de Studio Nord', ['FAC-2026-031']],
    ['Facture N° : 2026/03/118', ['2026/03/118']],
    ['FA2026-00087.pdf', ['FA2026-00087']],
    ['Facture_2026-118.pdf', ['2026-118']],
    ['Invoice-INV-0042.pdf', ['INV-0042']],
    ['factures 2026-101 et 2026-102', ['2026-101', '2026-102']],
    ['invoices 1043, 1044 and 1045', ['1043', '1044', '1045']],
    ['Objet : RE: Relance facture F-2026-0142', ['F-2026-0142']],
    ["We'll settle both KFS-2026-124 and KFS-2026-657 at the end of the month.", ['KFS-2026-124', 'KFS-2026-657']],
    ['> the following invoice remains unpaid:\n>\n> LSC-5774  issued 30 November', ['LSC-5774']],
    ['OPD6634 will go in the next run', ['OPD6634']],
    ['INV/2025/0692 and INV/2025/0735', ['INV/2025/0692', 'INV/2025/0735']],
    ["Ci-joint notre facture du 31 mars, d'un montant de 1 200,00 € TTC (n° RM-118).", ['RM-118']],
  ])('reads %s', (text, numbers) => {
    expect(findInvoiceNumbers(text)).toEqual(numbers);
  });

  it('gives each number once, in the order of the thread', () => {
    expect(findInvoiceNumbers('La F-2026-0150 sera réglée.\n> Facture F-2026-0142\n> facture n° F-2026-0150')).toEqual(['F-2026-0150', 'F-2026-0142']);
  });
});
