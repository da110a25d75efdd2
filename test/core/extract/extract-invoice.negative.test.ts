import { describe, expect, it } from 'vitest';
import { extractInvoice } from '../../../src/core/extract/extract-invoice';

describe('extractInvoice: mails that hold no invoice give {}', () => {
  it.each([
    ['a quote', { subject: 'Devis D-2026-12', body: 'Veuillez trouver notre devis de 8 400,00 € TTC, valable jusqu\'au 30/04/2026.' }],
    ['a credit note', { subject: 'Avoir AV-2026-003', body: "L'avoir AV-2026-003 de 300,00 € annule la facture F-2026-0142.", attachmentNames: ['AV-2026-003.pdf'] }],
    ['an order confirmation', { subject: 'Order confirmation #45521', body: "Order total: £129.99. We'll send your invoice when the items ship." }],
    ['a newsletter about invoices', { subject: '5 tips to get paid faster', body: 'Late payments cost £22,000 a year. Send your invoice the day the work is done.' }],
    ['a lunch invitation', { subject: 'Déjeuner jeudi ?', body: 'On se voit jeudi 12 mars à 12h30 ? Budget 25 €.' }],
    ['an empty mail', { subject: '', body: '' }],
  ])('%s', (_what, message) => {
    expect(extractInvoice(message)).toEqual({});
  });
});

describe('extractInvoice: a fact it is not sure of is left out', () => {
  it('leaves the amount out when only the amount excluding tax is given', () => {
    expect(extractInvoice({ subject: 'Facture F-2026-0142', body: 'Montant HT : 4 050,00 €\nTVA (20 %) : 810,00 €' }).amount).toBeUndefined();
  });

  it('leaves the amount out when no currency is written', () => {
    expect(extractInvoice({ subject: 'Facture F-2026-0142', body: 'Montant TTC : 4 860,00' }).amount).toBeUndefined();
  });

  it('leaves the due date out for "45 jours fin de mois", which is counted two ways', () => {
    const facts = extractInvoice({ subject: 'Facture FV-000412', body: 'Facture FV-000412 du 12/03/2026.\nConditions de règlement : 45 jours fin de mois' });
    expect(facts.issueDate).toBe('2026-03-12');
    expect(facts.dueDate).toBeUndefined();
  });

  it('leaves the due date out when the terms are known but not the issue date', () => {
    expect(extractInvoice({ subject: 'Invoice INV-7', body: 'Total: £500.00\nTerms: Net 30' }).dueDate).toBeUndefined();
  });

  it('leaves a date without a year out when nothing gives the year', () => {
    expect(extractInvoice({ subject: 'Facture F-9', body: 'Échéance : 9 janvier' }).dueDate).toBeUndefined();
    expect(extractInvoice({ subject: 'Facture F-9', body: 'Date : 9 janvier' }).issueDate).toBeUndefined();
  });

  it('does not count days of a guarantee as payment terms', () => {
    expect(extractInvoice({ subject: 'Facture F-9', body: 'Date : 02/03/2026\nGarantie 30 jours sur les pièces.' }).dueDate).toBeUndefined();
  });

  it('does not take the dates of the delivery or of the service period for the issue or due date', () => {
    const facts = extractInvoice({ subject: 'Facture F-9', body: 'Période du 01/02/2026 au 28/02/2026\nDate de livraison : 27/02/2026\nTotal TTC : 900,00 €' });
    expect(facts.issueDate).toBeUndefined();
    expect(facts.dueDate).toBeUndefined();
  });

  it('does not take the share capital or the late-payment indemnity for the amount', () => {
    const body = 'Facture F-9\nSAS au capital de 150 000 €\nIndemnité forfaitaire de 40 € pour frais de recouvrement.';
    expect(extractInvoice({ subject: 'Facture F-9', body }).amount).toBeUndefined();
  });

  it('does not take a due date before the issue date', () => {
    expect(extractInvoice({ subject: 'Facture F-9', body: 'Date : 10/03/2026\nÉchéance : 01/03/2026' }).dueDate).toBeUndefined();
  });
});
