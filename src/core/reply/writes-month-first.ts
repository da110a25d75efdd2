/**
 * Whether an English reply comes from an American writer, who puts the month first in "3/5".
 * Read from what only American mail carries: dollars, ACH, a "check" that is paid, US phone
 * numbers, company forms, or a slashed date whose second part is above 12.
 */
import type { Language } from '../model/language';

const americanSigns = /\$\s?\d|\bUSD\b|\bACH\b|\bZelle\b|\bVenmo\b|\b(?:a|the|our|your|my|by) check\b|\bcheck (?:run|number|#|no\.?)|\bchecks?\s+(?:was|were|is|are|went|go(?:es|ing)?|cleared|mailed)\b|\bcheck's\b|\b(?:Inc|LLC|Corp)\b\.?|\(\d{3}\)\s?\d{3}-\d{4}|(?<!\d)\d{3}-\d{3}-\d{4}(?!\d)|\+1[\s.-]\d{3}|\bma'am\b|\bZIP\b/i;
/** "3/31": only a month comes first. */
const monthFirstDate = /(?<![\d/])(?:0?[1-9]|1[0-2])\/(?:1[3-9]|2\d|3[01])(?!\d)/;
/** "31/3": only a day comes first. */
const dayFirstDate = /(?<![\d/])(?:1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2])(?!\d)/;

/** Looked for in the first characters only: the signs are in the new text and its signature. */
const sample = 20_000;

export function writesMonthFirst(thread: string, language: Language): boolean {
  if (language !== 'en') return false;
  const start = thread.slice(0, sample);
  if (dayFirstDate.test(start)) return false;
  return monthFirstDate.test(start) || americanSigns.test(start);
}
