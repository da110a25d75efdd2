/** The total of amounts in one currency, added in minor units. */
import type { Money } from '../model/money';
import { fromMinorUnits, toMinorUnits } from './to-minor-units';

export function sumMoney(amounts: Money[], currency: string): Money {
  return fromMinorUnits(
    amounts.reduce((total, amount) => total + toMinorUnits(amount), 0),
    currency,
  );
}
