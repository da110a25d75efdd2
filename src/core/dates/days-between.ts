/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
import type { IsoDate } from '../model/iso-date';
import { toDayNumber } from './day-number';

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}
