/**
 * A date as a reader expects it: "1er avril 2026", "16 mars 2026" / "16 March 2026".
 * date-fns carries its own month names, so the result is the same on every ICU version.
 */
import { format } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import type { IsoDate } from '../model/iso-date';
import type { Language } from '../model/language';
import { toDate } from './to-date';

// A batch formats the same few hundred days again and again; the answer never changes.
const cache = new Map<string, string>();

export function formatDate(date: IsoDate, language: Language): string {
  const key = `${language}${date}`;
  let text = cache.get(key);
  if (text === undefined) {
    text =
      language === 'fr'
        ? format(toDate(date), 'do MMMM yyyy', { locale: fr })
        : format(toDate(date), 'd MMMM yyyy', { locale: enGB });
    if (cache.size > 5000) cache.clear();
    cache.set(key, text);
  }
  return text;
}
