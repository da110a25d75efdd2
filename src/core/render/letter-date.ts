/** A date inside a reminder: "16 mars 2026" with no-break spaces, so a line never breaks inside it. */
import { formatDate } from '../dates/format-date';
import type { IsoDate } from '../model/iso-date';
import type { Language } from '../model/language';

// A batch writes the same few hundred days again and again.
const cache = new Map<string, string>();

export function letterDate(date: IsoDate, language: Language): string {
  const key = `${language}${date}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = formatDate(date, language).replace(/ /g, '\u00a0');
    if (cache.size > 5000) cache.clear();
    cache.set(key, text);
  }
  return text;
}
