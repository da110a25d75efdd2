/** The card language from Gmail's locale ("fr", "fr-CA" → French; any other locale → English). */
import type { Language } from '../core';

export function languageFromLocale(locale: string | undefined, fallback: Language = 'fr'): Language {
  if (!locale) return fallback;
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
