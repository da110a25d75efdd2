/** A Date's local calendar day as an IsoDate. */
import type { IsoDate } from '../model/iso-date';

const pad = (value: number, length: number) => String(value).padStart(length, '0');

export function fromDate(date: Date): IsoDate {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}
