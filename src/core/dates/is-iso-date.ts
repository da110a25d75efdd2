/** True for a real calendar date written `YYYY-MM-DD` (2026-02-30 is not one). */
import { fromDayNumber, toDayNumber } from './day-number';

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: unknown): value is string {
  // An impossible day rolls over when counted (30 February becomes 2 March), so it does not read back the same.
  return typeof value === 'string' && isoDatePattern.test(value) && value >= '0100' && fromDayNumber(toDayNumber(value)) === value;
}
