import { describe, expect, it } from 'vitest';
import { extractInvoice } from '../../../src/core/extract/extract-invoice';

const eur = (value: number) => ({ value, currency: 'EUR' });

describe('extractInvoice: the invoice number', () => {
  it('takes it from the subject first', () => {
    expect(extractInvoice({ subject: 'Facture n° F-2026-0142', body: 'Voir la facture F-2026-0099 jointe.', attachmentNames: ['FA2026-00087.pdf'] }).number).toBe('F-2026-0142');
  });

  it('then from the body', () => {
    expect(extractInvoice({ subject: 'Votre document', body: 'Veuillez trouver ci-joint notre Invoice #10458.' }).number).toBe('10458');
  });

  it.each([
    ['FA2026-00087.pdf', 'FA2026-00087'],
    ['Facture_2026-118.pdf', '2026-118'],
    ['Invoice-INV-0042.pdf', 'INV-0042'],
    ['facture-F-2026-0142.PDF', 'F-2026-0142'],
  ])('then from an attachment named %s', (name, number) => {
    expect(extractInvoice({ subject: 'Envoi', body: 'Bonjour, ci-joint.', attachmentNames: ['conditions-generales.pdf', name] }).number).toBe(number);
  });
});

describe('extractInvoice: the amounts', () => {
  it('takes the amount including tax when both are given', () => {
    const body = 'Facture F-1\nMontant HT : 4 050,00 €\nTVA (20 %) : 810,00 €\nMontant TTC : 4 860,00 €';
    expect(extractInvoice({ subject: 'Facture F-2026-0142', body }).amount).toEqual(eur(4860));
    expect(extractInvoice({ subject: 'Invoice INV-1', body: 'Subtotal: £1,000.00\nVAT (20%): £200.00\nTotal: £1,200.00' }).amount).toEqual({ value: 1200, currency: 'GBP' });
  });

  it('reads "HT" and "TTC" written after the amount', () => {
    expect(extractInvoice({ subject: 'Facture FA-120', body: 'Montant : 780,00 € HT soit 936,00 € TTC.' }).amount).toEqual(eur(936));
  });

  it('gives amountDue when the mail states what remains to pay', () => {
    const facts = extractInvoice({ subject: 'Facture F-2026-0098', body: 'Total TTC : 5 400,00 €\nAcompte versé : 2 000,00 €\nReste à payer : 3 400,00 €' });
    expect(facts).toMatchObject({ amount: eur(5400), amountDue: eur(3400) });
  });

  it('takes what is due as the amount when the mail gives nothing else', () => {
    expect(extractInvoice({ subject: 'Invoice #58', body: 'Amount due: £1,150.00' })).toMatchObject({ amount: { value: 1150, currency: 'GBP' }, amountDue: { value: 1150, currency: 'GBP' } });
  });

  it.each([
    ['1 250,00 €', 'EUR'],
    ['EUR 1,250.00', 'EUR'],
    ['£1,250.00', 'GBP'],
    ['1250 GBP', 'GBP'],
    ['$1,250.00', 'USD'],
    ['CHF 1250.00', 'CHF'],
  ])('reads the currency of %s', (written, currency) => {
    expect(extractInvoice({ subject: 'Facture F-7', body: `Total : ${written}` }).amount).toEqual({ value: 1250, currency });
  });
});

describe('extractInvoice: the dates', () => {
  it('reads the issue date and the due date from their labels', () => {
    const body = "Date d'émission : 14/02/2026\nDate d'échéance : 16/03/2026";
    expect(extractInvoice({ subject: 'Facture F-2026-0142', body })).toMatchObject({ issueDate: '2026-02-14', dueDate: '2026-03-16' });
  });

  it.each([
    ['La facture F-2026-0142 arrive à échéance le 20 mars 2026.', '2026-03-20'],
    ['La facture F-2026-0142 est payable au plus tard le 07/03/2026.', '2026-03-07'],
    ['Facture F-2026-0142, à régler avant le 01/03/2026.', '2026-03-01'],
    ['Invoice INV-0042\nDue date: 09 Apr 2026', '2026-04-09'],
    ['Invoice INV-0042 is due on 28 Feb 2026.', '2026-02-28'],
    ['Please pay invoice INV-0042 by 4 April 2026.', '2026-04-04'],
    ['Facture F-2026-0142\nÉchéance : 9 Apr 2026', '2026-04-09'],
  ])('reads the due date in "%s"', (body, dueDate) => {
    expect(extractInvoice({ subject: 'Invoice', body }).dueDate).toBe(dueDate);
  });

  it.each([
    ['Terms: Net 30', '2026-04-01'],
    ['Payment terms: 30 days from invoice date', '2026-04-01'],
    ['Conditions de paiement : 30 jours date de facture', '2026-04-01'],
    ['Règlement à 45 jours', '2026-04-16'],
    ['Payable à réception', '2026-03-02'],
    ['Due on receipt', '2026-03-02'],
  ])('computes the due date from "%s" and the issue date', (terms, dueDate) => {
    expect(extractInvoice({ subject: 'Invoice INV-7', body: `Invoice date: 02/03/2026\n${terms}` }).dueDate).toBe(dueDate);
  });

  it('reads dates month first in an English mail billed in dollars', () => {
    const facts = extractInvoice({ subject: 'Invoice 1043', body: 'Issue Date: 03/01/2026\nAmount Due: $3,200.00 USD\nDue Date: 03/31/2026' });
    expect(facts).toMatchObject({ issueDate: '2026-03-01', dueDate: '2026-03-31' });
  });

  it('reads dates day first in a British mail', () => {
    expect(extractInvoice({ subject: 'Invoice 10458', body: 'Invoice date: 09/02/2026\nTotal: £860.00' }).issueDate).toBe('2026-02-09');
  });

  it('gives a due date written without its year the year of the issue date, or the next one', () => {
    expect(extractInvoice({ subject: 'Facture F-9', body: 'Date : 10/12/2026\nÉchéance : 9 janvier' }).dueDate).toBe('2027-01-09');
  });
});

describe('extractInvoice: a whole mail', () => {
  it('reads an HTML mail laid out as a table', () => {
    const body = '<table><tr><td>Numéro</td><td>F-2026-0170</td></tr><tr><td>Date</td><td>16/03/2026</td></tr><tr><td>Échéance</td><td>15/04/2026</td></tr><tr><td>Total TTC</td><td>2&nbsp;160,00&nbsp;&euro;</td></tr></table>';
    expect(extractInvoice({ subject: 'Facture F-2026-0170', body })).toEqual({ number: 'F-2026-0170', amount: eur(2160), issueDate: '2026-03-16', dueDate: '2026-04-15' });
  });

  it('reads labels written above their values', () => {
    expect(extractInvoice({ subject: 'Invoice INV-000012', body: 'INVOICE AMOUNT\n£840.00\nDue Date\n09 Apr 2026' })).toMatchObject({ amount: { value: 840, currency: 'GBP' }, dueDate: '2026-04-09' });
  });
});

describe('extractInvoice: terms and numbers written the way clients and tools write them', () => {
  it('counts "30 jours fin de mois" when both French ways of counting give the same day, and only then', () => {
    const body = (issued: string) => `Bonjour,\nVeuillez trouver notre facture F-2026-0310 du ${issued}, montant 1 200,00 € TTC, payable à 30 jours fin de mois.`;
    // 15 March + 30 days is in April, whose end is 30 April; 31 March + 30 days is 30 April too.
    expect(extractInvoice({ subject: 'Facture F-2026-0310', body: body('15/03/2026') }).dueDate).toBe('2026-04-30');
    // 15 January: 14 February, so 28 February one way; 31 January + 30 days, 2 March the other.
    expect(extractInvoice({ subject: 'Facture F-2026-0310', body: body('15/01/2026') }).dueDate).toBeUndefined();
  });

  it('reads "within 30 days of the invoice date"', () => {
    const facts = extractInvoice({ subject: 'Invoice INV-0071', body: 'Hi,\nPlease find invoice INV-0071 dated 3 March 2026 for £1,200.00. Please pay within 30 days of the invoice date.' });
    expect(facts.dueDate).toBe('2026-04-02');
  });

  it('reads a number written in brackets, "(n° RM-118)"', () => {
    expect(extractInvoice({ subject: 'Votre commande', body: 'Bonjour,\nVeuillez trouver la facture (n° RM-118) de 640,00 € TTC.' }).number).toBe('RM-118');
  });

  it('prefers the balance invoice of the subject to the deposit invoice quoted in the body', () => {
    const facts = extractInvoice({
      subject: 'Facture de solde FS-2026-0042',
      body: "Bonjour,\nSuite à la facture d'acompte FA-2026-0040 réglée le 2 mars, voici le solde : 3 600,00 € TTC.",
    });
    expect(facts.number).toBe('FS-2026-0042');
  });

  it('reads "due within 30 days" as terms, not as a due date 30 days after some other day', () => {
    const facts = extractInvoice({ subject: 'Invoice INV-0456', body: 'Hello,\nPlease find attached invoice INV-0456 dated 3 March 2026 for £2,400.00.\nPayment is due within 30 days of the invoice date.' });
    expect(facts.dueDate).toBe('2026-04-02');
  });

  it('reads a bracketed number far from the word "facture"', () => {
    const body = "Bonjour,\nVeuillez trouver notre facture du 31 mars 2026, d'un montant de 1 200,00 € TTC (n° RM-118).";
    expect(extractInvoice({ subject: 'Facture', body }).number).toBe('RM-118');
  });

  it('prefers, in the body, the invoice sent to the deposit invoice it recalls, with its own date', () => {
    const facts = extractInvoice({
      subject: 'Facture de solde – chantier Dupont',
      body: "Bonjour,\nSuite à notre facture d'acompte FA-2026-012 du 2 février 2026 (1 000,00 €), veuillez trouver ci-joint la facture de solde FA-2026-044 du 5 mars 2026, d'un montant de 2 500,00 € TTC.",
    });
    expect(facts).toMatchObject({ number: 'FA-2026-044', issueDate: '2026-03-05', amount: eur(2500) });
    const english = extractInvoice({ subject: 'Final invoice – Smith project', body: 'Hi,\nFurther to deposit invoice INV-1001 (paid), please find attached final invoice INV-1044 dated 5 March 2026 for £2,500.00.' });
    expect(english.number).toBe('INV-1044');
  });

  it('reads the amount of a "facture de solde" as its amount, not as a balance left to pay', () => {
    const facts = extractInvoice({ subject: 'Facture de solde n° 2026-044', body: 'Bonjour,\nCi-joint la facture de solde, 2 500,00 € TTC, du 5 mars 2026.' });
    expect(facts).toMatchObject({ amount: eur(2500) });
    expect(facts.amountDue).toBeUndefined();
  });
});
