/**
 * The reference rates late-payment interest is built on, each with the date it applies from and the
 * date up to which the table is known to be complete. They are settings: an admin updates them when
 * a bank changes its rate (README, "Penalties"). Kept back to 2018-2019: claims prescribe after five
 * years in France and six in England, and a half-year's rate is read on its first day.
 */
import type { IsoDate } from '../model/iso-date';

export type RateChange = { from: IsoDate; percent: number };
/** `knownUntil`: the last day for which the table is known to hold every change. */
export type RateTable = { changes: readonly RateChange[]; knownUntil: IsoDate };

/** ECB main refinancing operations rate, by the date each decision took effect (ecb.europa.eu, key ECB interest rates). */
export const ecbMainRefinancingRate: RateTable = {
  changes: [
    { from: '2016-03-16', percent: 0 },
    { from: '2022-07-27', percent: 0.5 },
    { from: '2022-09-14', percent: 1.25 },
    { from: '2022-11-02', percent: 2 },
    { from: '2022-12-21', percent: 2.5 },
    { from: '2023-02-08', percent: 3 },
    { from: '2023-03-22', percent: 3.5 },
    { from: '2023-05-10', percent: 3.75 },
    { from: '2023-06-21', percent: 4 },
    { from: '2023-08-02', percent: 4.25 },
    { from: '2023-09-20', percent: 4.5 },
    { from: '2024-06-12', percent: 4.25 },
    { from: '2024-09-18', percent: 3.65 },
    { from: '2024-10-23', percent: 3.4 },
    { from: '2024-12-18', percent: 3.15 },
    { from: '2025-02-05', percent: 2.9 },
    { from: '2025-03-12', percent: 2.65 },
    { from: '2025-04-23', percent: 2.4 },
    { from: '2025-06-11', percent: 2.15 },
  ],
  knownUntil: '2026-02-28',
};

/** Bank of England Bank Rate, by the date each change took effect (bankofengland.co.uk, Bank Rate history). */
export const bankOfEnglandBaseRate: RateTable = {
  changes: [
    { from: '2018-08-02', percent: 0.75 },
    { from: '2020-03-11', percent: 0.25 },
    { from: '2020-03-19', percent: 0.1 },
    { from: '2021-12-16', percent: 0.25 },
    { from: '2022-02-03', percent: 0.5 },
    { from: '2022-03-17', percent: 0.75 },
    { from: '2022-05-05', percent: 1 },
    { from: '2022-06-16', percent: 1.25 },
    { from: '2022-08-04', percent: 1.75 },
    { from: '2022-09-22', percent: 2.25 },
    { from: '2022-11-03', percent: 3 },
    { from: '2022-12-15', percent: 3.5 },
    { from: '2023-02-02', percent: 4 },
    { from: '2023-03-23', percent: 4.25 },
    { from: '2023-05-11', percent: 4.5 },
    { from: '2023-06-22', percent: 5 },
    { from: '2023-08-03', percent: 5.25 },
    { from: '2024-08-01', percent: 5 },
    { from: '2024-11-07', percent: 4.75 },
    { from: '2025-02-06', percent: 4.5 },
    { from: '2025-05-08', percent: 4.25 },
    { from: '2025-08-07', percent: 4 },
    { from: '2025-12-18', percent: 3.75 },
  ],
  knownUntil: '2026-01-31',
};

/**
 * French legal interest rate for creditors other than individuals acting outside their trade
 * ("taux de l'intérêt légal, autres cas"), set by arrêté for each half-year.
 */
export const frenchLegalInterestRate: RateTable = {
  changes: [
    { from: '2019-01-01', percent: 0.86 },
    { from: '2019-07-01', percent: 0.87 },
    { from: '2020-01-01', percent: 0.87 },
    { from: '2020-07-01', percent: 0.84 },
    { from: '2021-01-01', percent: 0.79 },
    { from: '2021-07-01', percent: 0.76 },
    { from: '2022-01-01', percent: 0.76 },
    { from: '2022-07-01', percent: 0.77 },
    { from: '2023-01-01', percent: 2.06 },
    { from: '2023-07-01', percent: 4.22 },
    { from: '2024-01-01', percent: 5.07 },
    { from: '2024-07-01', percent: 4.92 },
    { from: '2025-01-01', percent: 3.71 },
    { from: '2025-07-01', percent: 2.76 },
    { from: '2026-01-01', percent: 2.62 },
  ],
  knownUntil: '2026-06-30',
};

export type RateTableName = 'ecb' | 'bankOfEngland' | 'frenchLegalRate';
export type ReferenceRates = Record<RateTableName, RateTable>;
export const referenceRates: ReferenceRates = {
  ecb: ecbMainRefinancingRate,
  bankOfEngland: bankOfEnglandBaseRate,
  frenchLegalRate: frenchLegalInterestRate,
};
