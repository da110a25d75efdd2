import { describe, expect, it } from 'vitest';
import { stripQuotedHistory } from '../../../src/core/reply/strip-quoted-history';

const reply = 'Bonjour,\nLe virement partira le 15.\nCordialement';

describe('stripQuotedHistory', () => {
  it.each([
    ['Gmail in French', 'Le lun. 9 mars 2026 à 10:14, Claire Martin <c@l.fr> a écrit :\n> Bonjour'],
    ['Gmail, attribution wrapped', 'Le lun. 9 mars 2026 à 10:14, Claire Martin <\nc@l.fr> a écrit :\n\n> Bonjour'],
    ['Gmail in English', 'On Mon, 9 Mar 2026 at 10:14, Claire Martin <c@l.fr> wrote:\n\n> Hello'],
    ['Thunderbird', 'Le 09/03/2026 à 10:14, Claire Martin a écrit :\n> Bonjour'],
    ['Outlook in French', '________________________________\nDe : Claire Martin <c@l.fr>\nEnvoyé : lundi 9 mars 2026 10:14\nÀ : compta@client.fr\nObjet : Facture'],
    ['Outlook desktop in French', 'De : Claire Martin\nEnvoyé : lundi 9 mars 2026 10:14\nÀ : compta@client.fr\nObjet : Facture'],
    ['Outlook in English', 'From: Claire Martin\nSent: Monday, March 9, 2026 10:14 AM\nTo: ap@client.com\nSubject: Invoice'],
    ['"-----Original Message-----"', '-----Original Message-----\nFrom: Claire\nSent: 9 March 2026'],
    ['"Message d\'origine"', "-----Message d'origine-----\nDe : Claire\nEnvoyé : 9 mars 2026"],
    ['a forwarded message', '---------- Forwarded message ---------\nFrom: Claire'],
    ['"> " lines alone', '> Bonjour,\n> la facture reste impayée.'],
  ])('keeps only the new text above a quote by %s', (_style, quote) => {
    expect(stripQuotedHistory(`${reply}\n\n${quote}\n> Sauf erreur, la facture de 4 860,00 € reste impayée.`)).toBe(reply);
  });

  it('keeps a reply that quotes nothing whole', () => {
    expect(stripQuotedHistory(reply)).toBe(reply);
  });
});
