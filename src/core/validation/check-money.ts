/** An amount is a finite number in a currency Relance knows. */
import type { FieldIssue } from '../errors/relance-error';
import { findCurrency } from '../money/find-currency';
import { minorDigits } from '../money/to-minor-units';

/** True when an amount has more decimals than its currency can hold (0.001 EUR, 12.5 JPY). */
function finerThanCurrency(amount: number, currency: string): boolean {
  const units = amount * 10 ** minorDigits(currency);
  return Math.abs(units - Math.round(units)) > Math.max(1e-6, Math.abs(units) * 1e-9);
}

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
  if (issues.length === 0 && typeof amount === 'number' && typeof currency === 'string' && findCurrency(currency) && finerThanCurrency(amount, currency)) {
    issues.push({ field: `${field}.value`, problem: 'finer-than-currency' });
  }
  if (typeof currency !== 'string' || currency.trim() === '') {
    issues.push({ field: `${field}.currency`, problem: 'required' });
  } else if (!findCurrency(currency)) {
    issues.push({ field: `${field}.currency`, problem: 'unknown-currency' });
  }
  return issues;
}
