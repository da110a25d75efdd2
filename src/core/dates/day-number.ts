/**
 * Calendar days as whole numbers (days since 1970-01-01, in UTC), so day arithmetic neither
 * depends on the host's time zone nor pays for a local Date on every step of a plan.
 */
import type { IsoDate } from '../model/iso-date';

const millisecondsPerDay = 86_400_000;

export function toDayNumber(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / millisecondsPerDay;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * millisecondsPerDay).toISOString().slice(0, 10);
}
