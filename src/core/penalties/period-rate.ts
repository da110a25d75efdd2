/**
 * The annual rate that applies to a stretch of a delay, and why.
 * France (L441-10): ECB rate on the first day of each half-year + 10 points, or the contract's rate,
 * never below three times that half-year's legal interest rate; "n fois le taux d'intérêt légal"
 * resolved per half-year. French public bodies (Code de la commande publique, R2192-31): ECB rate on
 * the first day of the half-year interest started in + 8 points, for the whole delay.
 * UK (1998 Act): Bank of England rate on the reference day before the debt fell due + 8 points, for the whole delay.
 */
import { RelanceError } from '../errors/relance-error';
import type { IsoDate } from '../model/iso-date';
import type { PenaltyTerms } from '../model/penalty-terms';
import { halfYearStart, ukReferenceDay } from './half-year';
import { rateOn } from './rate-on';
import type { ReferenceRates } from './reference-rates';

export type RateBasis = 'statutory' | 'contractual' | 'legal-rate-multiple' | 'public-body';

/** Rounded to the hundredth so 2.15 + 10 reads 12.15, not 12.149999. */
const hundredths = (percent: number) => Math.round(percent * 100) / 100;

export function rateBasis(terms: PenaltyTerms): RateBasis {
  if (terms.jurisdiction === 'FR' && terms.publicBody) return 'public-body';
  if (terms.annualRatePercent !== undefined) return 'contractual';
  if (terms.jurisdiction === 'FR' && terms.legalRateMultiple !== undefined) return 'legal-rate-multiple';
  return 'statutory';
}

/** True when one rate runs through the whole delay; otherwise each half-year has its own. */
export function rateIsFixed(terms: PenaltyTerms): boolean {
  const basis = rateBasis(terms);
  return terms.jurisdiction === 'UK' || basis === 'public-body' || basis === 'contractual';
}

/** France: three times the legal interest rate of the half-year `day` falls in. */
export function legalFloor(rates: ReferenceRates, day: IsoDate): number {
  return hundredths(3 * rateOn(rates, 'frenchLegalRate', halfYearStart(day)));
}

/** A contractual French rate is checked against the floor of every half-year it is applied in. */
export function checkContractualFloor(terms: PenaltyTerms, rates: ReferenceRates, halfYearStarts: readonly IsoDate[]): void {
  if (terms.jurisdiction !== 'FR' || terms.publicBody || terms.annualRatePercent === undefined) return;
  for (const start of halfYearStarts) {
    const floor = legalFloor(rates, start);
    if (terms.annualRatePercent < floor) {
      throw new RelanceError('invalid-input', [{ field: 'terms.annualRatePercent', problem: 'below-legal-floor', floor, date: start }]);
    }
  }
}

/** The rate for the days starting on `firstDay` of an invoice due on `dueDate`. */
export function periodRate(terms: PenaltyTerms, rates: ReferenceRates, dueDate: IsoDate, firstDay: IsoDate, interestStart: IsoDate): number {
  const basis = rateBasis(terms);
  if (basis === 'contractual') return terms.annualRatePercent as number;
  if (terms.jurisdiction === 'UK') return hundredths(rateOn(rates, 'bankOfEngland', ukReferenceDay(dueDate)) + 8);
  if (basis === 'public-body') return hundredths(rateOn(rates, 'ecb', halfYearStart(interestStart)) + 8);
  const start = halfYearStart(firstDay);
  if (basis === 'legal-rate-multiple') return hundredths((terms.legalRateMultiple as number) * rateOn(rates, 'frenchLegalRate', start));
  return hundredths(rateOn(rates, 'ecb', start) + 10);
}
