/** Every problem with penalty terms: a known law, and rates that are numbers a contract could hold. */
import type { FieldIssue } from '../errors/relance-error';
import { jurisdictions, type PenaltyTerms } from '../model/penalty-terms';

function checkRate(value: unknown, field: string, largest: number): FieldIssue[] {
  if (value === undefined) return [];
  if (typeof value !== 'number' || !Number.isFinite(value) || value > largest) return [{ field, problem: 'invalid-number' }];
  return value < 0 ? [{ field, problem: 'negative' }] : [];
}

export function validatePenaltyTerms(terms: Partial<PenaltyTerms> | undefined, path = 'terms'): FieldIssue[] {
  if (terms === undefined || terms === null || typeof terms !== 'object') return [{ field: path, problem: 'required' }];
  const issues: FieldIssue[] = [];
  if (terms.jurisdiction === undefined) issues.push({ field: `${path}.jurisdiction`, problem: 'no-governing-law' });
  else if (!(jurisdictions as readonly unknown[]).includes(terms.jurisdiction)) issues.push({ field: `${path}.jurisdiction`, problem: 'unknown-jurisdiction' });
  issues.push(...checkRate(terms.annualRatePercent, `${path}.annualRatePercent`, 100));
  const multiple = checkRate(terms.legalRateMultiple, `${path}.legalRateMultiple`, 20);
  issues.push(...multiple);
  if (multiple.length === 0 && terms.legalRateMultiple !== undefined) {
    // L441-10: a contractual rate never below three times the legal interest rate; the multiple is French law's.
    if (terms.jurisdiction !== 'FR') issues.push({ field: `${path}.legalRateMultiple`, problem: 'unknown-jurisdiction' });
    else if (terms.legalRateMultiple < 3) issues.push({ field: `${path}.legalRateMultiple`, problem: 'below-legal-floor', floor: 3 });
  }
  if (terms.publicBody !== undefined && typeof terms.publicBody !== 'boolean') issues.push({ field: `${path}.publicBody`, problem: 'required' });
  return issues;
}
