/** The user's calendar day, YYYY-MM-DD, in their Gmail time zone (the script's when Gmail gives none). */
import type { IsoDate } from '../core';

export function today(utilities: GoogleAppsScript.Utilities.Utilities, timeZone: string, now: Date): IsoDate {
  return utilities.formatDate(now, timeZone, 'yyyy-MM-dd');
}
