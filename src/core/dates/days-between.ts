/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
import { differenceInCalendarDays } from 'date-fns';
import type { IsoDate } from '../model/iso-date';
import { toDate } from './to-date';

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}
