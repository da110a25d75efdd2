/** The currency for an ISO 4217 code, or undefined when Relance does not know it. */
import { currencies, type Currency } from './currencies';

export function findCurrency(code: string): Currency | undefined {
  return currencies.get(code);
}
