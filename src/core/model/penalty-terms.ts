/** The late-payment terms applied: the full annual rate; the fixed indemnity follows from the jurisdiction. */
export type Jurisdiction = 'FR' | 'UK';
export type PenaltyTerms = { jurisdiction: Jurisdiction; annualRatePercent: number };
