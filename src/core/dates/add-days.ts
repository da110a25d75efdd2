/** The calendar day `days` after (or before, when negative) `date`. */
import { addDays as addDaysToDate } from 'date-fns';
import type { IsoDate } from '../model/iso-date';
import { fromDate } from './from-date';
import { toDate } from './to-date';

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDate(addDaysToDate(toDate(date), days));
}
