/** The calendar day `days` after (or before, when negative) `date`. */
import type { IsoDate } from '../model/iso-date';
import { fromDayNumber, toDayNumber } from './day-number';

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}
