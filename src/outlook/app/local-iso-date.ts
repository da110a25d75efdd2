/** The local calendar day of a moment, as the core's YYYY-MM-DD: the shell reads the clock, the core never does. */
import type { IsoDate } from '../../core';

export function localIsoDate(moment: Date): IsoDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
