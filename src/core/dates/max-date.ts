/** The latest of some IsoDates (they compare as strings). */
import type { IsoDate } from '../model/iso-date';

export function maxDate(first: IsoDate, ...others: IsoDate[]): IsoDate {
  return others.reduce((latest, date) => (date > latest ? date : latest), first);
}
