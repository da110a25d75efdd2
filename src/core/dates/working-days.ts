/** Working days: neither a weekend nor a public holiday of the jurisdiction (France; England and Wales). */
import type { IsoDate } from '../model/iso-date';
import type { Jurisdiction } from '../model/penalty-terms';
import { addDays } from './add-days';
import { dayOfWeek } from './day-of-week';
import { publicHolidays } from './public-holidays';

export function isWorkingDay(date: IsoDate, jurisdiction: Jurisdiction): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !publicHolidays(jurisdiction, Number(date.slice(0, 4))).has(date);
}

/** The date itself when it is a working day, else the next one. */
export function nextWorkingDay(date: IsoDate, jurisdiction: Jurisdiction): IsoDate {
  let day = date;
  while (!isWorkingDay(day, jurisdiction)) day = addDays(day, 1);
  return day;
}

/** The working day `count` working days after `date`. */
export function addWorkingDays(date: IsoDate, count: number, jurisdiction: Jurisdiction): IsoDate {
  let day = date;
  for (let left = count; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, jurisdiction)) left -= 1;
  }
  return day;
}
