/**
 * A date as a reader expects it: "1er avril 2026", "16 mars 2026" / "16 March 2026".
 * date-fns carries its own month names, so the result is the same on every ICU version.
 */
import { format } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import type { IsoDate } from '../model/iso-date';
import type { Language } from '../model/language';
import { toDate } from './to-date';

export function formatDate(date: IsoDate, language: Language): string {
  return language === 'fr'
    ? format(toDate(date), 'do MMMM yyyy', { locale: fr })
    : format(toDate(date), 'd MMMM yyyy', { locale: enGB });
}
