import { describe, expect, it } from 'vitest';
import { stripSignature } from '../../../src/core/reply/strip-signature';

describe('stripSignature', () => {
  it.each([
    ['a French closing', 'Cordialement,\nJean Dupont\nTél. 04 78 12 34 56'],
    ['a closing with the name on its line', 'Bien cordialement, Jean Dupont\nComptable'],
    ['an abbreviated closing', 'Cdt\nJ. Perrin'],
    ['an English closing', 'Kind regards,\nTom Fletcher\nT: +44 20 7946 0958'],
    ['the "-- " delimiter', '--\nKarim B.\n06 98 76 54 32'],
    ['a mobile footer', 'Envoyé de mon iPhone'],
    ['an English mobile footer', 'Sent from Outlook for Android'],
    ['a French legal footer', "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires."],
    ['an English legal footer', 'This email and any attachments are confidential and intended solely for the addressee.'],
    ['a bare "Merci" with only a signature below', 'Merci\nSophie\nSARL Perrin'],
  ])('cuts %s and what follows', (_what, signature) => {
    expect(stripSignature(`Le virement partira le 15.\n\n${signature}`)).toBe('Le virement partira le 15.');
  });

  it.each([
    ['a phone number', 'Isabelle Moreau – Tél. +33 (0)4 72 10 20 30'],
    ['company identifiers', 'SIRET 412 345 678 00021 – Capital 50 000 €'],
    ['opening hours', 'Horaires : du lundi au vendredi, 9h-17h'],
    ['an address', '14 quai Saint-Vincent, 69001 Lyon'],
    ['a web address', 'www.roux-conseil.fr'],
  ])('drops a line with %s even without a closing', (_what, line) => {
    expect(stripSignature(`Le virement partira le 15.\n${line}`)).toBe('Le virement partira le 15.');
  });
});
