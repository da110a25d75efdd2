import { describe, expect, it } from 'vitest';
import { stripSignature } from '../../../src/core/reply/strip-signature';

describe('stripSignature: text that only starts like a closing', () => {
  it.each([
    'Merci pour la relance, le virement partira le 15.',
    'Thanks for chasing. Payment will go out on Friday.',
    'Merci.\nLe virement partira vendredi, comme convenu avec votre service comptable la semaine dernière.',
    'Regarding your invoice, it will be paid on the 20th.',
    'Truly sorry for the delay, we will pay tomorrow.',
    'Nous réglerons 15000 Euros le 20.',
    'Le virement du 05.03.2026 a bien été effectué.',
    'Merci de nous envoyer votre RIB à compta@client.fr, nous réglerons ensuite.',
  ])('keeps "%s"', (text) => {
    expect(stripSignature(text)).toBe(text);
  });
});
