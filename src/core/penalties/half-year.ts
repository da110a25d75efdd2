/** Half-years of the calendar: France fixes its late-payment rates for each, on 1 January and 1 July. */
import type { IsoDate } from '../model/iso-date';

export function halfYearStart(day: IsoDate): IsoDate {
  return `${day.slice(0, 4)}-${day.slice(5, 7) <= '06' ? '01' : '07'}-01`;
}

/** The last day of the half-year `day` falls in: 30 June or 31 December. */
export function halfYearEnd(day: IsoDate): IsoDate {
  return `${day.slice(0, 4)}-${day.slice(5, 7) <= '06' ? '06-30' : '12-31'}`;
}

/** UK: the 31 December or 30 June before the half-year a debt fell due in (1998 Act, reference rate). */
export function ukReferenceDay(dueDate: IsoDate): IsoDate {
  const year = Number(dueDate.slice(0, 4));
  return dueDate.slice(5, 7) <= '06' ? `${String(year - 1).padStart(4, '0')}-12-31` : `${dueDate.slice(0, 4)}-06-30`;
}
