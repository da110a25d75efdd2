/**
 * Central bank rates that statutory late-payment interest is built on, each with the date it applies
 * from. They are settings: update them when a bank changes its rate (see README, "Penalties").
 */
import type { IsoDate } from '../model/iso-date';

export type RateChange = { from: IsoDate; percent: number };

/** ECB main refinancing operations rate (France: L441-10 adds 10 points). */
export const ecbMainRefinancingRate: readonly RateChange[] = [
  { from: '2023-09-20', percent: 4.5 },
  { from: '2024-06-12', percent: 4.25 },
  { from: '2024-09-18', percent: 3.65 },
  { from: '2024-10-23', percent: 3.4 },
  { from: '2024-12-18', percent: 3.15 },
  { from: '2025-02-05', percent: 2.9 },
  { from: '2025-03-12', percent: 2.65 },
  { from: '2025-04-23', percent: 2.4 },
  { from: '2025-06-11', percent: 2.15 },
];

/** Bank of England base rate (UK: the 1998 Act adds 8 points). */
export const bankOfEnglandBaseRate: readonly RateChange[] = [
  { from: '2023-08-03', percent: 5.25 },
  { from: '2024-08-01', percent: 5 },
  { from: '2024-11-07', percent: 4.75 },
  { from: '2025-02-06', percent: 4.5 },
  { from: '2025-05-08', percent: 4.25 },
  { from: '2025-08-07', percent: 4 },
  { from: '2025-12-18', percent: 3.75 },
];

export type ReferenceRates = { ecb: readonly RateChange[]; bankOfEngland: readonly RateChange[] };
export const referenceRates: ReferenceRates = { ecb: ecbMainRefinancingRate, bankOfEngland: bankOfEnglandBaseRate };

/** The rate in force on a day: the last change on or before it. */
export function rateOn(changes: readonly RateChange[], day: IsoDate): number | undefined {
  let rate: number | undefined;
  for (const change of changes) if (change.from <= day) rate = change.percent;
  return rate;
}
