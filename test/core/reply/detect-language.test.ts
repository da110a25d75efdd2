import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/reply/detect-language';

describe('detectLanguage', () => {
  it.each([
    ['Le virement partira le 15.', 'fr'],
    ['bonjour, virement vendredi, cdt', 'fr'],
    ['Réglé hier.', 'fr'],
    ['We will pay on the 20th.', 'en'],
    ['All invoices must quote a valid PO number.', 'en'],
    ['hi sarah will pay fri thnks', 'en'],
  ] as const)('reads "%s" as %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('reads French when nothing tells', () => {
    expect(detectLanguage('')).toBe('fr');
    expect(detectLanguage('F-2026-0142 ???')).toBe('fr');
  });
});
