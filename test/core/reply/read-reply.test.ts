import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/reply/read-reply';
import { gmailEn, gmailFr, messageDorigine, originalMessage, outlookEn, outlookFr } from '../../fixtures/replies/quoting';
import { overdueEn, overdueFr, secondFr, type Reminded } from '../../fixtures/replies/reminders';

// Wednesday 11 March 2026.
const receivedOn = '2026-03-11';
const reminded: Reminded = { to: 'Madame Durand', number: 'F-2026-0142', amount: '4 860,00 €', issued: '14 février 2026', due: '28 février 2026', sender: 'Claire Martin', company: 'Atelier Lumen', phone: '04 72 41 18 90' };
const remindedEn: Reminded = { ...reminded, to: 'Mr Fletcher', number: 'INV-0042', amount: '£4,860.00', issued: '14 February 2026', due: '28 February 2026' };
const header = { from: 'Claire Martin <c.martin@atelier-lumen.fr>', sent: 'lundi 9 mars 2026 10:14', to: 'compta@client.fr', subject: 'Facture F-2026-0142' };

describe('readReply: what the client commits to', () => {
  it('reads a promise and its date from the new text', () => {
    const reading = readReply({ text: `Bonjour,\nLe virement partira le 15.\nCordialement,\nJean`, receivedOn });
    expect(reading).toMatchObject({ intent: 'promise', date: '2026-03-15', evidence: 'Le virement partira le 15.', language: 'fr' });
  });

  it.each([
    ['Gmail in French', gmailFr('lun. 9 mars 2026 à 10:14', header.from, overdueFr(reminded))],
    ['Outlook in French', outlookFr(header, secondFr(reminded, '2 mars 2026', '20 mars 2026'))],
    ['"Message d\'origine"', messageDorigine(header, overdueFr(reminded))],
  ])('ignores the dates, amounts and payment words of the reminder quoted by %s', (_client, quote) => {
    const reading = readReply({ text: `Bonjour,\nBien reçu, je transmets à la comptabilité.\nCordialement\n\n${quote}`, receivedOn });
    expect(reading).toMatchObject({ intent: 'no-commitment', evidence: 'Bien reçu, je transmets à la comptabilité.' });
    expect(reading.date).toBeUndefined();
    expect(reading.amount).toBeUndefined();
  });

  it.each([
    ['Gmail in English', gmailEn('Mon, 9 Mar 2026 at 10:14', 'Sarah <s@n.co.uk>', overdueEn(remindedEn))],
    ['Outlook in English', outlookEn({ ...header, sent: 'Monday, 9 March 2026 10:14' }, overdueEn(remindedEn))],
    ['"-----Original Message-----"', originalMessage({ ...header, sent: 'Monday, 9 March 2026 10:14' }, overdueEn(remindedEn))],
  ])('takes the date only from the new text above the reminder quoted by %s', (_client, quote) => {
    const reading = readReply({ text: `Hi Sarah,\nWe will pay on the 20th.\nRegards,\nTom\n\n${quote}`, receivedOn });
    expect(reading).toMatchObject({ intent: 'promise', date: '2026-03-20', language: 'en' });
  });

  it('ignores the dates and amounts of a signature and a legal footer', () => {
    const text = `Bonjour,\nPaiement le 25.\n\nCordialement,\nIsabelle Moreau\nFermé le vendredi – Tél. 04 72 10 20 30\nCapital 50 000 € – fermeture du 3 au 21 août 2026\nCe message et toutes les pièces jointes sont confidentiels.`;
    expect(readReply({ text, receivedOn })).toMatchObject({ intent: 'promise', date: '2026-03-25' });
    expect(readReply({ text, receivedOn }).amount).toBeUndefined();
  });

  it('takes invoice numbers from the whole thread, quoted reminder included', () => {
    const text = `Bonjour, la F-2026-0150 sera réglée vendredi.\n\n${gmailFr('lun. 9 mars 2026 à 10:14', header.from, overdueFr(reminded))}`;
    expect(readReply({ text, receivedOn }).invoiceNumbers).toEqual(['F-2026-0150', 'F-2026-0142']);
  });

  it('reports the amount a client commits to when it pays part of the invoice', () => {
    const reading = readReply({ text: 'Bonjour, nous vous réglerons un acompte de 2 000,00 € le 20 mars, le solde fin avril.', receivedOn });
    expect(reading).toMatchObject({ intent: 'promise', date: '2026-03-20', amount: { value: 2000, currency: 'EUR' } });
  });

  it('reads "already paid" with the day of payment, which lies in the past', () => {
    expect(readReply({ text: 'Bonjour, virement effectué hier. Cdt', receivedOn })).toMatchObject({ intent: 'paid', date: '2026-03-10' });
    expect(readReply({ text: 'Hi, this was paid on 6 March by BACS.', receivedOn })).toMatchObject({ intent: 'paid', date: '2026-03-06' });
  });

  it('reads a payment already made even when its date is not given', () => {
    const reading = readReply({ text: 'Bonjour, nous avons déjà réglé cette facture.', receivedOn });
    expect(reading.intent).toBe('paid');
    expect(reading.date).toBeUndefined();
  });

  it.each([
    ['dispute', 'Les travaux ne sont pas terminés, nous ne réglerons pas en l\'état.'],
    ['dispute', 'Wrong amount: we agreed 32 hours, please issue a credit note.'],
    ['missing-documents', "Nous n'avons jamais reçu cette facture, pouvez-vous nous la renvoyer ?"],
    ['missing-documents', 'All invoices must quote a valid PO number.'],
    ['payment-plan', 'Serait-il possible de régler en trois fois ?'],
    ['payment-plan', 'Cash flow is tight, could we have a bit more time?'],
    ['no-commitment', 'Je transmets à notre service comptable.'],
    ['no-commitment', "I've forwarded this to our accounts team."],
  ] as const)('reads %s in "%s"', (intent, text) => {
    expect(readReply({ text, receivedOn }).intent).toBe(intent);
  });

  it('reads a dispute before a promise in the same reply: the reminders must stop', () => {
    const text = 'Nous réglerons la partie incontestable le 20 mars, mais le reste de la facture est en litige.';
    expect(readReply({ text, receivedOn }).intent).toBe('dispute');
  });

  it('reads a dispute when a reply pays a part and contests the rest, and offers the payment as the other reading', () => {
    const reading = readReply({ text: 'Nous réglerons la partie incontestable le 20 mars, mais le reste de la facture est en litige.', receivedOn });
    expect(reading).toMatchObject({ intent: 'dispute', alternative: { intent: 'promise', date: '2026-03-20' } });
  });

  it('reads a payment told in the past, its auxiliary a few words before, with its day behind the reply', () => {
    expect(readReply({ text: 'Bonjour,\nLa facture F-2026-0278, échue le 10, a été réglée le 14. Nous avions quelques jours de retard, désolés.', receivedOn: '2026-04-20' })).toMatchObject({ intent: 'paid', date: '2026-04-14' });
    expect(readReply({ text: 'Hi, sorry for the mix-up: it went out on Monday.', receivedOn: '2026-04-16' })).toMatchObject({ intent: 'paid', date: '2026-04-13' });
  });

  it('reads no payment in "was not paid" nor "n’a pas été réglée"', () => {
    for (const text of ['The invoice was not paid because the PO number was missing. Could you send it?', 'La facture n’a pas été réglée : il nous manque le bon de commande.']) {
      expect(readReply({ text, receivedOn: '2026-04-16' }).intent).toBe('missing-documents');
    }
  });

  it('never takes a day of the opening hours under a signature for the day a client pays', () => {
    const reading = readReply({ text: 'Hi Tom,\nWe will pay as soon as we can.\nPriya\nOffice hours: Mon–Fri 8:30–5:00', receivedOn: '2025-11-11' });
    expect(reading.date).toBeUndefined();
    expect(reading.intent).toBe('no-commitment');
    const french = readReply({ text: 'Bonjour,\nLe virement partira le 19 novembre.\nMairie de Vaux\nHoraires : du lundi au vendredi de 8h30 à 12h', receivedOn: '2025-11-11' });
    expect(french).toMatchObject({ intent: 'promise', date: '2025-11-19' });
  });

  it('gives the date a payment plan asks for', () => {
    const reading = readReply({ text: 'Pourriez-vous nous accorder un délai jusqu\'à fin avril ?', receivedOn });
    expect(reading).toMatchObject({ intent: 'payment-plan', date: '2026-04-30' });
  });

  it('reads a conditional commitment as no commitment', () => {
    const reading = readReply({ text: 'Nous vous réglerons dès que notre client nous aura payés, normalement fin mars.', receivedOn });
    expect(reading.intent).toBe('no-commitment');
    expect(reading.date).toBeUndefined();
  });

  it('reads a commitment without a date as no commitment', () => {
    expect(readReply({ text: 'Bien reçu, nous allons procéder au règlement rapidement.', receivedOn }).intent).toBe('no-commitment');
  });

  it('gives the return date of an out-of-office reply as returnOn, never as a promise date', () => {
    const reading = readReply({ text: "Je suis absente du bureau jusqu'au vendredi 20 mars inclus. Pour toute urgence, contactez l'accueil.", receivedOn });
    expect(reading).toMatchObject({ intent: 'out-of-office', returnOn: '2026-03-23' });
    expect(reading.date).toBeUndefined();
  });

  it('reads an English out-of-office "until Monday" as back on Monday', () => {
    const reading = readReply({ text: 'I am out of the office until Monday 16 March with limited access to email.', receivedOn });
    expect(reading).toMatchObject({ intent: 'out-of-office', returnOn: '2026-03-16' });
  });

  it('takes the day an out-of-office reply says it returns over the day it is away until', () => {
    const reading = readReply({ text: 'I will be out of the office until Friday 13 March, returning Monday 16 March.', receivedOn: '2026-03-09' });
    expect(reading).toMatchObject({ intent: 'out-of-office', returnOn: '2026-03-16' });
  });

  it('reads "(inclusive)" after the last day away as the next working day back', () => {
    const reading = readReply({ text: "Thank you for your email. I'm out of the office until Friday 13 March (inclusive).", receivedOn: '2026-03-09' });
    expect(reading).toMatchObject({ intent: 'out-of-office', returnOn: '2026-03-16' });
  });

  it('detects the language when it is not given, and keeps the one given', () => {
    expect(readReply({ text: 'We will pay on Friday.', receivedOn }).language).toBe('en');
    expect(readReply({ text: 'Virement vendredi.', receivedOn }).language).toBe('fr');
    expect(readReply({ text: 'Virement vendredi.', receivedOn, language: 'en' }).language).toBe('en');
  });

  it('reads an HTML reply, whose quoted history is a blockquote', () => {
    const text = `<div>Bonjour,</div><div>Le virement sera fait le 30 mars.</div><div>Cordialement</div><div class="gmail_quote">Le mar. 10 mars 2026, Claire a écrit&nbsp;:<blockquote><div>La facture F-2026-0142 de 4&nbsp;860,00&nbsp;€ est échue depuis le 28 février.</div></blockquote></div>`;
    expect(readReply({ text, receivedOn })).toMatchObject({ intent: 'promise', date: '2026-03-30', invoiceNumbers: ['F-2026-0142'] });
  });

  it('reads the shortest payment replies, which name no day, as paid', () => {
    for (const text of ['Hi Tom,\nPaid! Sorry for the delay in confirming.\nSam', 'jai payé, regardez vos comptes', "Hi, it's been paid x"]) {
      expect(readReply({ text, receivedOn }).intent).toBe('paid');
    }
  });

  it('reads no payment where no word speaks of one, whatever the words the model happened to learn', () => {
    for (const text of ['Bonjour Claire,\nLe temps est magnifique à Lyon.', 'Hi Tom,\nGreat to see you at the fair last week.', 'Bonjour,\nPouvez-vous me rappeler demain ?']) {
      expect(readReply({ text, receivedOn }).intent).toBe('no-commitment');
    }
  });

  it('gives no commitment and the first sentence when nothing is recognised', () => {
    expect(readReply({ text: 'Bonjour Claire,\nLe temps est magnifique à Lyon.', receivedOn })).toMatchObject({
      intent: 'no-commitment',
      evidence: 'Le temps est magnifique à Lyon.',
    });
    expect(readReply({ text: '', receivedOn })).toEqual({ intent: 'no-commitment', invoiceNumbers: [], evidence: '', language: 'fr', confidence: 0 });
  });
});
