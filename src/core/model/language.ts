/** The languages Relance writes in. French first: most users are French credit managers. */
export type Language = 'fr' | 'en';
export const languages: readonly Language[] = ['fr', 'en'];
export function isLanguage(value: unknown): value is Language {
  return value === 'fr' || value === 'en';
}
