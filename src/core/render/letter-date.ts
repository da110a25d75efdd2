/** A date inside a reminder: "16 mars 2026" with no-break spaces, so a line never breaks inside it. */
import { formatDate } from '../dates/format-date';
import type { IsoDate } from '../model/iso-date';
import type { Language } from '../model/language';

export function letterDate(date: IsoDate, language: Language): string {
  return formatDate(date, language).replace(/ /g, '\u00a0');
}
