/**
 * The rate of a table in force on a day: the last change on or before it. Outside what the table
 * knows it refuses, naming the table and the day, rather than reuse its first or last rate.
 */
import { RelanceError } from '../errors/relance-error';
import type { IsoDate } from '../model/iso-date';
import type { RateTableName, ReferenceRates } from './reference-rates';

export function rateOn(rates: ReferenceRates, name: RateTableName, day: IsoDate): number {
  const table = rates[name];
  const field = `rates.${name}`;
  if (day > table.knownUntil) throw new RelanceError('rates-outdated', [{ field, problem: 'rates-outdated', date: day, knownUntil: table.knownUntil }]);
  let rate: number | undefined;
  for (const change of table.changes) if (change.from <= day) rate = change.percent;
  if (rate === undefined) throw new RelanceError('rates-unavailable', [{ field, problem: 'before-rate-table', date: day, ...(table.changes[0] ? { knownFrom: table.changes[0].from } : {}) }]);
  return rate;
}
