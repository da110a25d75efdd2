/** True for a real calendar date written `YYYY-MM-DD` (2026-02-30 is not one). */
import { isValid, parseISO } from 'date-fns';

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && isoDatePattern.test(value) && isValid(parseISO(value));
}
