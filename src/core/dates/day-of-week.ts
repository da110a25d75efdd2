/** The day of the week of a calendar date: 0 Sunday … 6 Saturday (1 January 1970 was a Thursday). */
import type { IsoDate } from '../model/iso-date';
import { toDayNumber } from './day-number';

export function dayOfWeek(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}
