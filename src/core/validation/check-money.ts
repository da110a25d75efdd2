/** An amount is a finite number in a currency Relance knows. */
import type { FieldIssue } from '../errors/relance-error';
import { findCurrency } from '../money/find-currency';

const largestAmount = 1e12;

export function checkMoney(value: unknown, field: string, options: { allowZero: boolean }): FieldIssue[] {
  if (value === undefined || value === null || typeof value !== 'object') return [{ field, problem: 'required' }];
  const { value: amount, currency } = value as { value?: unknown; currency?: unknown };
  const issues: FieldIssue[] = [];
  if (typeof amount !== 'number' || !Number.isFinite(amount) || Math.abs(amount) > largestAmount) {
    issues.push({ field: `${field}.value`, problem: amount === undefined ? 'required' : 'invalid-number' });
  } else if (amount < 0) {
    issues.push({ field: `${field}.value`, problem: options.allowZero ? 'negative' : 'not-positive' });
  } else if (amount === 0 && !options.allowZero) {
    issues.push({ field: `${field}.value`, problem: 'not-positive' });
  }
  if (typeof currency !== 'string' || currency.trim() === '') {
    issues.push({ field: `${field}.currency`, problem: 'required' });
  } else if (!findCurrency(currency)) {
    issues.push({ field: `${field}.currency`, problem: 'unknown-currency' });
  }
  return issues;
}
