/**
 * The late-payment terms of the seller: the governing law (a setting, never guessed from the
 * currency) and, when the contract sets one, its rate; absent, each period's statutory rate applies.
 */
export type Jurisdiction = 'FR' | 'UK';
export const jurisdictions: readonly Jurisdiction[] = ['FR', 'UK'];

export type PenaltyTerms = {
  jurisdiction: Jurisdiction;
  /** A contractual annual rate in percent (France: never below three times the legal interest rate). */
  annualRatePercent?: number;
  /** A contractual rate written as a multiple of the French legal interest rate ("trois fois le taux d'intérêt légal"), resolved per half-year. */
  legalRateMultiple?: number;
  /** France: the client is a public body, so the Code de la commande publique applies (ECB + 8 points, 40 €). */
  publicBody?: boolean;
};
