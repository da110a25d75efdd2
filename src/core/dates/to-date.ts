/** An IsoDate as a local-midnight Date, the form date-fns computes on; never call it on unchecked input. */
import { parseISO } from 'date-fns';
import type { IsoDate } from '../model/iso-date';

export function toDate(date: IsoDate): Date {
  return parseISO(date);
}
