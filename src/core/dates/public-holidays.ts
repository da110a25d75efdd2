/**
 * Days no registered letter is delivered and no deadline should fall on.
 * France: the eleven public holidays of the Code du travail, art. L3133-1 (Alsace-Moselle's Good Friday
 * and 26 December are not included). England and Wales: the bank holidays of the Banking and Financial
 * Dealings Act 1971 with their weekend substitutes, and the one-off changes proclaimed since 2020.
 */
import type { IsoDate } from '../model/iso-date';
import type { Jurisdiction } from '../model/penalty-terms';
import { addDays } from './add-days';
import { dayOfWeek } from './day-of-week';
import { easterSunday } from './easter-sunday';

const pad = (value: number) => String(value).padStart(2, '0');
const day = (year: number, month: number, date: number): IsoDate => `${String(year).padStart(4, '0')}-${pad(month)}-${pad(date)}`;

function french(year: number): IsoDate[] {
  const easter = easterSunday(year);
  return [
    day(year, 1, 1),
    addDays(easter, 1), // lundi de Pâques
    day(year, 5, 1),
    day(year, 5, 8),
    addDays(easter, 39), // Ascension
    addDays(easter, 50), // lundi de Pentecôte
    day(year, 7, 14),
    day(year, 8, 15),
    day(year, 11, 1),
    day(year, 11, 11),
    day(year, 12, 25),
  ];
}

/** The first (or, with `last`, the last) Monday of a month. */
function monday(year: number, month: number, last: boolean): IsoDate {
  let date = last ? addDays(day(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1), -1) : day(year, month, 1);
  while (dayOfWeek(date) !== 1) date = addDays(date, last ? -1 : 1);
  return date;
}

/** A fixed holiday on a weekend moves to the next weekday not already a holiday. */
function substitute(date: IsoDate, taken: Set<IsoDate>): IsoDate {
  let moved = date;
  while (dayOfWeek(moved) === 0 || dayOfWeek(moved) === 6 || taken.has(moved)) moved = addDays(moved, 1);
  taken.add(moved);
  return moved;
}

/** Changes by royal proclamation: moved or added days (gov.uk/bank-holidays). */
const englishExceptions: Record<number, { moved?: [IsoDate, IsoDate][]; added?: IsoDate[] }> = {
  2020: { moved: [['2020-05-04', '2020-05-08']] },
  2022: { moved: [['2022-05-30', '2022-06-02']], added: ['2022-06-03', '2022-09-19'] },
  2023: { added: ['2023-05-08'] },
};

function english(year: number): IsoDate[] {
  const easter = easterSunday(year);
  const taken = new Set<IsoDate>();
  const newYear = substitute(day(year, 1, 1), taken);
  const christmas = substitute(day(year, 12, 25), taken);
  const boxing = substitute(day(year, 12, 26), taken);
  let days = [newYear, addDays(easter, -2), addDays(easter, 1), monday(year, 5, false), monday(year, 5, true), monday(year, 8, true), christmas, boxing];
  const exception = englishExceptions[year];
  for (const [from, to] of exception?.moved ?? []) days = days.map((holiday) => (holiday === from ? to : holiday));
  return [...days, ...(exception?.added ?? [])];
}

const cache = new Map<string, ReadonlySet<IsoDate>>();

export function publicHolidays(jurisdiction: Jurisdiction, year: number): ReadonlySet<IsoDate> {
  const key = `${jurisdiction}${year}`;
  let holidays = cache.get(key);
  if (!holidays) {
    holidays = new Set(jurisdiction === 'FR' ? french(year) : english(year));
    cache.set(key, holidays);
  }
  return holidays;
}
