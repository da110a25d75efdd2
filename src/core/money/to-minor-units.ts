/** Money as a whole number of minor units (cents), so sums and interest never drift by floating point. */
import type { Money } from '../model/money';
import { findCurrency } from './find-currency';

export function minorDigits(currency: string): number {
  return findCurrency(currency)?.minorDigits ?? 2;
}

export function toMinorUnits(money: Money): number {
  return Math.round(money.value * 10 ** minorDigits(money.currency));
}

export function fromMinorUnits(units: number, currency: string): Money {
  return { value: units / 10 ** minorDigits(currency), currency };
}
