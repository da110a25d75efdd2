/** A Date's local calendar day as an IsoDate. */
import { format } from 'date-fns';
import type { IsoDate } from '../model/iso-date';

export function fromDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}
