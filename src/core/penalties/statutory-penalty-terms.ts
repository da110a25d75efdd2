/**
 * The statutory rate for an invoice due on a given day.
 * France (L441-10): ECB rate in force on 1 January or 1 July of the half-year, + 10 points.
 * UK (1998 Act): Bank of England base rate on 31 December or 30 June before the half-year, + 8 points.
 */
import type { IsoDate } from '../model/iso-date';
import type { Jurisdiction, PenaltyTerms } from '../model/penalty-terms';
import { rateOn, referenceRates, type ReferenceRates } from './reference-rates';

function referenceDay(jurisdiction: Jurisdiction, dueDate: IsoDate): IsoDate {
  const year = Number(dueDate.slice(0, 4));
  const firstHalf = dueDate.slice(5, 7) <= '06';
  if (jurisdiction === 'FR') return firstHalf ? `${year}-01-01` : `${year}-07-01`;
  return firstHalf ? `${year - 1}-12-31` : `${year}-06-30`;
}

const margins: Record<Jurisdiction, number> = { FR: 10, UK: 8 };

export function statutoryPenaltyTerms(
  jurisdiction: Jurisdiction,
  dueDate: IsoDate,
  rates: ReferenceRates = referenceRates,
): PenaltyTerms {
  const table = jurisdiction === 'FR' ? rates.ecb : rates.bankOfEngland;
  const base = rateOn(table, referenceDay(jurisdiction, dueDate)) ?? table[0]?.percent ?? 0;
  // Rounded to the hundredth so 2.15 + 10 reads 12.15, not 12.149999.
  return { jurisdiction, annualRatePercent: Math.round((base + margins[jurisdiction]) * 100) / 100 };
}
