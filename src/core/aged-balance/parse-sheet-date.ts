/**
 * A date as accounting tools export it: "2026-03-15", "15/03/2026", "15.03.26", "03/15/2026" (US
 * order, when the caller says so), "15 mars 2026", "1er avril 2026", "15-Mar-2026", "March 15, 2026".
 * Undefined when it is not one real calendar date.
 */
import { isIsoDate } from '../dates/is-iso-date';
import type { IsoDate } from '../model/iso-date';

export type DateOrder = 'dmy' | 'mdy';

const months: Record<string, number> = {
  jan: 1, janv: 1, janvier: 1, january: 1,
  fev: 2, fevr: 2, fevrier: 2, feb: 2, february: 2,
  mar: 3, mars: 3, march: 3,
  avr: 4, avril: 4, apr: 4, april: 4,
  mai: 5, may: 5,
  juin: 6, jun: 6, june: 6,
  juil: 7, juillet: 7, jul: 7, july: 7,
  aou: 8, aout: 8, aug: 8, august: 8,
  sep: 9, sept: 9, septembre: 9, september: 9,
  oct: 10, octobre: 10, october: 10,
  nov: 11, novembre: 11, november: 11,
  dec: 12, decembre: 12, december: 12,
};

const isoPattern = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.]+z?)?$/;
const numericPattern = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})(?: [\d:]+)?$/;
const dayMonthYear = /^(\d{1,2})(?:er)?[ -]([a-z]{3,9})\.?[ -](\d{2,4})$/;
const monthDayYear = /^([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/;

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function fullYear(year: number): number {
  // Two-digit years in an aged balance are this century's: nobody chases a 1990s invoice.
  return year < 100 ? 2000 + year : year;
}

function iso(year: number, month: number, day: number): IsoDate | undefined {
  const text = `${String(fullYear(year)).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(text) ? text : undefined;
}

export function parseSheetDate(text: string, order: DateOrder = 'dmy'): IsoDate | undefined {
  const value = fold(text);
  if (value.length > 40) return undefined;
  const isoMatch = isoPattern.exec(value);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const numeric = numericPattern.exec(value);
  if (numeric) {
    const [first, second, third] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    if ((numeric[1] ?? '').length === 4) return iso(first, second, third);
    return order === 'mdy' ? iso(third, first, second) : iso(third, second, first);
  }
  const written = dayMonthYear.exec(value);
  if (written) {
    const month = months[written[2] ?? ''];
    return month ? iso(Number(written[3]), month, Number(written[1])) : undefined;
  }
  const american = monthDayYear.exec(value);
  if (american) {
    const month = months[american[1] ?? ''];
    return month ? iso(Number(american[3]), month, Number(american[2])) : undefined;
  }
  return undefined;
}

/**
 * The order of a file's numeric dates: a first number above 12 proves day first, a second
 * number above 12 proves month first; with no proof, the language's custom (day first in
 * French and British English alike) or what the user chose.
 */
export function detectDateOrder(samples: readonly string[], fallback: DateOrder = 'dmy'): DateOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const sample of samples) {
    const numeric = numericPattern.exec(fold(sample));
    if (!numeric || (numeric[1] ?? '').length === 4) continue;
    if (Number(numeric[1]) > 12) dayFirst = true;
    if (Number(numeric[2]) > 12) monthFirst = true;
  }
  if (dayFirst !== monthFirst) return dayFirst ? 'dmy' : 'mdy';
  return fallback;
}
