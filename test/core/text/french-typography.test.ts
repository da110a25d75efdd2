import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../../src/core/text/french-typography';

describe('the no-break spaces a French template gets when it is compiled', () => {
  it('puts U+00A0 before : ; ? ! and inside « », where the admin typed an ordinary space', () => {
    expect(frenchTypography('Objet : relance ; merci ! Reçue ? « fin de mois »')).toBe('Objet\u00a0: relance\u00a0; merci\u00a0! Reçue\u00a0? «\u00a0fin de mois\u00a0»');
  });

  it('makes a narrow no-break space U+00A0 too, so French has one convention', () => {
    expect(frenchTypography('Reçue\u202f? «\u202fbientôt\u202f»')).toBe('Reçue\u00a0? «\u00a0bientôt\u00a0»');
  });

  it('keeps "n°" with its number', () => {
    expect(frenchTypography('facture n° {{invoice.number}}')).toBe('facture n°\u00a0{{invoice.number}}');
  });

  it('leaves URLs, times and Handlebars alone', () => {
    const text = 'https://relance.example/aide?q=1 à 14:30 {{#if overdue.several}}{{/if}}';
    expect(frenchTypography(text)).toBe(text);
  });
});
