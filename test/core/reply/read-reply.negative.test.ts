import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/reply/read-reply';

// Wednesday 11 March 2026.
const receivedOn = '2026-03-11';

describe('readReply: what it must not read', () => {
  it.each([
    'Nous n\'avons pas encore réglé cette facture.',
    'The invoice has not been paid yet.',
    "We haven't paid it yet, sorry.",
  ])('does not read a payment in a negated sentence: "%s"', (text) => {
    expect(readReply({ text, receivedOn }).intent).not.toBe('paid');
  });

  it('does not take the date of our reminder named in the reply for a promise date', () => {
    const reading = readReply({ text: 'Suite à votre relance du 9 mars, le virement partira le 20 mars.', receivedOn });
    expect(reading.date).toBe('2026-03-20');
    const onlyTheReminder = readReply({ text: 'Nous avons bien reçu votre relance du 9 mars concernant le paiement.', receivedOn });
    expect(onlyTheReminder.date).toBeUndefined();
  });

  it('does not take "this morning" of a phone call for the day of payment', () => {
    const reading = readReply({ text: 'Suite à notre échange téléphonique de ce matin, je vous confirme un virement le 31/03/2026.', receivedOn });
    expect(reading).toMatchObject({ intent: 'promise', date: '2026-03-31' });
  });

  it('does not read a duration as a date', () => {
    const reading = readReply({ text: 'The invoice shows 40 hours but we will pay for 32 hours on Friday.', receivedOn });
    expect(reading.date).toBe('2026-03-13');
    expect(readReply({ text: 'Désolé pour le retard de 10 jours, nous allons régler rapidement.', receivedOn }).date).toBeUndefined();
  });

  it('does not read "now" as the day of payment', () => {
    expect(readReply({ text: 'Payment is now approved and will be released early next week.', receivedOn }).date).toBe('2026-03-16');
  });

  it('does not read a past day as a promise date', () => {
    const reading = readReply({ text: 'Le virement partira le 16/02/2026.', receivedOn });
    expect(reading.intent).toBe('no-commitment');
    expect(reading.date).toBeUndefined();
  });

  it('does not read a future day as the day a payment was made', () => {
    const reading = readReply({ text: 'Le virement a été effectué, vous le recevrez sous 48h.', receivedOn });
    expect(reading.intent).toBe('paid');
    expect(reading.date).toBeUndefined();
  });

  it('does not read a promise in the history quoted below a bare acknowledgement', () => {
    const text = `Merci.\n\n> Le virement sera effectué le 15 mars.\n> Cordialement`;
    expect(readReply({ text, receivedOn }).intent).toBe('no-commitment');
  });

  it('does not read the opening hours of a signature as a date', () => {
    const text = 'Nous allons régler la facture.\n\nNadia Haddad\nHoraires : du lundi au vendredi, 9h-17h\nTél : 04 72 33 44 55';
    expect(readReply({ text, receivedOn })).toMatchObject({ intent: 'no-commitment' });
  });

  it('does not read weekday abbreviations that are ordinary words as days', () => {
    expect(readReply({ text: 'Le jeu en vaut la chandelle : nous allons payer.', receivedOn }).date).toBeUndefined();
    expect(readReply({ text: 'We sat down with accounts and will pay soon.', receivedOn }).date).toBeUndefined();
  });

  it('does not take an out-of-office return date for a promise', () => {
    const reading = readReply({ text: 'Réponse automatique : je suis en congés, je serai de retour le lundi 30 mars.', receivedOn });
    expect(reading.intent).toBe('out-of-office');
    expect(reading.date).toBeUndefined();
  });

  it('does not read an amount from the quoted reminder', () => {
    const text = 'Virement vendredi.\n\nLe lun. 9 mars 2026 à 10:14, Claire <c@l.fr> a écrit :\n> La facture de 4 860,00 € reste impayée.';
    expect(readReply({ text, receivedOn }).amount).toBeUndefined();
  });

  it('does not read a receivedOn that is no calendar date: it reads no commitment', () => {
    expect(readReply({ text: 'Virement le 15.', receivedOn: '2026-02-30' }).intent).toBe('no-commitment');
    expect(readReply({ text: 'Virement le 15.', receivedOn: 'tomorrow' }).date).toBeUndefined();
  });
});
