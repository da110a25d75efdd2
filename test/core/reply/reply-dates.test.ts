import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/reply/read-reply';

// Each expression in a promise, read on the given day. 2026-03-11 is a Wednesday, 2026-03-13 a Friday.
describe('readReply: the dates of business mail, resolved against the day the reply was received', () => {
  it.each([
    ['16 mars', 'Virement le 16 mars.', '2026-03-11', '2026-03-16'],
    ['16/03/2026', 'Paiement programmé pour le 16/03/2026.', '2026-03-11', '2026-03-16'],
    ['le lundi 16 mars 2026', 'Nous procéderons au règlement le lundi 16 mars 2026.', '2026-03-11', '2026-03-16'],
    ['15.04.2026', 'Le virement partira le 15.04.2026.', '2026-03-11', '2026-04-15'],
    ['le 15', 'Le virement partira le 15.', '2026-03-11', '2026-03-15'],
    ['le 15, passed this month', 'Le virement partira le 15.', '2026-03-18', '2026-04-15'],
    ['le 1er', 'Le virement sera fait le 1er.', '2026-03-11', '2026-04-01'],
    ['le 15 du mois prochain', 'Règlement le 15 du mois prochain.', '2026-03-11', '2026-04-15'],
    ['fin du mois', 'Nous réglerons fin du mois.', '2026-03-11', '2026-03-31'],
    ['fin de mois, on the last day', 'Règlement fin de mois.', '2026-03-31', '2026-04-30'],
    ['fin du mois prochain', 'Nous réglerons fin du mois prochain.', '2026-03-11', '2026-04-30'],
    ['fin avril', 'Règlement prévu fin avril.', '2026-03-11', '2026-04-30'],
    ['mi-avril', 'Le règlement est prévu mi-avril.', '2026-03-11', '2026-04-15'],
    ['à la mi-janvier, next year', 'Nous réglerons à la mi-janvier.', '2026-03-11', '2027-01-15'],
    ['à la mi-mois', 'Paiement à la mi-mois.', '2026-03-11', '2026-03-15'],
    ['à la mi-mois, said after the 15th', 'Paiement à la mi-mois.', '2026-03-20', '2026-04-15'],
    ['vers le milieu du mois prochain', 'Règlement vers le milieu du mois prochain.', '2026-03-11', '2026-04-15'],
    ['au milieu du mois de mai', 'Nous réglerons au milieu du mois de mai.', '2026-03-11', '2026-05-15'],
    ['avec nos paiements du 5 de chaque mois', 'Elle partira avec nos paiements du 5 de chaque mois.', '2026-03-11', '2026-04-05'],
    ['avec nos paiements du 5, on the 5th', 'Elle partira avec nos paiements du 5 de chaque mois.', '2026-03-05', '2026-04-05'],
    ['sous huitaine', 'Le règlement interviendra sous huitaine.', '2026-03-11', '2026-03-19'],
    ['sous quinzaine', 'Nous réglerons sous quinzaine.', '2026-03-11', '2026-03-26'],
    ["d'ici 10 jours", "Le paiement sera effectué d'ici 10 jours.", '2026-03-11', '2026-03-21'],
    ["d'ici dix jours", "Nous allons payer d'ici dix jours.", '2026-03-11', '2026-03-21'],
    ['sous 5 jours ouvrés', 'Virement sous 5 jours ouvrés.', '2026-03-11', '2026-03-18'],
    ['vendredi', 'Virement vendredi.', '2026-03-11', '2026-03-13'],
    ['vendredi, said on a Friday', 'Virement vendredi.', '2026-03-13', '2026-03-20'],
    ['demain', 'Le virement part demain.', '2026-03-11', '2026-03-12'],
    ['début de semaine prochaine', 'Le paiement sera fait début de semaine prochaine.', '2026-03-11', '2026-03-16'],
    ['la semaine prochaine', 'Le chèque part la semaine prochaine.', '2026-03-11', '2026-03-16'],
    ['fin de semaine prochaine', 'Le virement sera fait fin de semaine prochaine.', '2026-03-11', '2026-03-20'],
    ["d'ici la fin de la semaine", "Le virement sera fait d'ici la fin de la semaine.", '2026-03-11', '2026-03-13'],
    ['March 20th', 'Payment is scheduled for March 20th.', '2026-03-11', '2026-03-20'],
    ['the 20th', 'This will be paid on the 20th.', '2026-03-11', '2026-03-20'],
    ['the 5th, passed this month', 'This will be paid on the 5th.', '2026-03-11', '2026-04-05'],
    ['03/13/2026 in US English', 'It will be paid on 03/13/2026.', '2026-03-09', '2026-03-13'],
    ['20/03/2026 in British English', 'Payment of £1,250.00 will be made on 20/03/2026.', '2026-03-11', '2026-03-20'],
    ['end of month', "We'll settle this by end of month.", '2026-03-11', '2026-03-31'],
    ['end of the month', "We'll settle this by the end of the month.", '2026-03-11', '2026-03-31'],
    ['end of April', 'We will pay by the end of April.', '2026-03-11', '2026-04-30'],
    ['mid-April', 'We will pay mid-April.', '2026-03-11', '2026-04-15'],
    ['by mid-month, said after the 15th', 'Payment will go out by mid-month.', '2026-03-20', '2026-04-15'],
    ['the middle of next month', 'We expect to pay around the middle of next month.', '2026-03-11', '2026-04-15'],
    ['within 7 days', 'Payment will be made within 7 days.', '2026-03-11', '2026-03-18'],
    ['within a fortnight', "We'll get this paid within a fortnight.", '2026-03-11', '2026-03-25'],
    ['by Friday', "I'll make sure this is paid by Friday.", '2026-03-11', '2026-03-13'],
    ['by Friday, said on a Friday', "I'll make sure this is paid by Friday.", '2026-03-13', '2026-03-20'],
    ['next week', 'It will go out with next week\'s payments.', '2026-03-11', '2026-03-16'],
    ['tomorrow', 'Payment goes out tomorrow.', '2026-03-11', '2026-03-12'],
    ['in our payment run on the 25th', 'This is in our payment run on the 25th.', '2026-03-11', '2026-03-25'],
  ])('reads "%s"', (_form, text, receivedOn, date) => {
    expect(readReply({ text, receivedOn })).toMatchObject({ intent: 'promise', date });
  });

  it.each([
    ['hier', 'Virement effectué hier.', '2026-03-11', '2026-03-10'],
    ['yesterday', 'We paid this yesterday.', '2026-03-11', '2026-03-10'],
    ['ce jour', 'Paiement effectué ce jour.', '2026-03-11', '2026-03-11'],
    ['lundi, for a payment', 'Le chèque a été envoyé lundi.', '2026-03-11', '2026-03-09'],
    ['on Friday, for a payment', 'The transfer went out on Friday.', '2026-03-11', '2026-03-06'],
    ['le 5 mars, for a payment', 'La facture a été réglée le 5 mars.', '2026-03-11', '2026-03-05'],
    ['mi-février, for a payment', 'Nous avons payé mi-février.', '2026-03-11', '2026-02-15'],
    ['mid-February, for a payment', 'We paid mid-February.', '2026-03-11', '2026-02-15'],
    ['le 15, for a payment made last month', 'Nous avons réglé le 15.', '2026-03-11', '2026-02-15'],
    ['just done: "je viens de"', 'Je viens de vous faire un virement de 2 750,40 €.', '2026-03-11', '2026-03-11'],
    ['just done: "tt a l\'heure"', "regle par cb tt a l'heure", '2026-03-11', '2026-03-11'],
    ['just done: "two hours ago"', 'Paid it two hours ago.', '2026-03-11', '2026-03-11'],
    ['a weekday, the cheque posted', 'Je vous ai posté un chèque de 1 200 € jeudi.', '2026-03-11', '2026-03-05'],
    ['a weekday, no auxiliary', "Transfer made on Tuesday. Can you confirm you've received it?", '2026-03-11', '2026-03-10'],
    ['a weekday, gone with a batch', 'Les factures sont parties avec notre virement groupé de vendredi.', '2026-03-11', '2026-03-06'],
  ])('reads "%s" as a day already gone when the client says it paid', (_form, text, receivedOn, date) => {
    expect(readReply({ text, receivedOn })).toMatchObject({ intent: 'paid', date });
  });

  it('never reports a promise date before the day the reply was received', () => {
    // "le 16 mars" read on 20 March names a past day, not March next year.
    const reading = readReply({ text: 'Virement le 16 mars.', receivedOn: '2026-03-20' });
    if (reading.intent === 'promise') expect(reading.date === undefined || reading.date >= '2026-03-20').toBe(true);
  });

  it('reads "fin décembre" in December and "début janvier" over the turn of the year', () => {
    expect(readReply({ text: 'Règlement fin décembre.', receivedOn: '2026-12-02' }).date).toBe('2026-12-31');
    expect(readReply({ text: 'Virement le 5 janvier.', receivedOn: '2026-12-20' }).date).toBe('2027-01-05');
  });
});
