/** What remains of `amount` once `payments` are deducted, counted in minor units so cents never drift. */
import type { Money } from '../model/money';
import { fromMinorUnits, toMinorUnits } from './to-minor-units';

export function balanceAfter(amount: Money, payments: readonly { amount: Money }[]): Money {
  const paid = payments.reduce((sum, payment) => sum + toMinorUnits(payment.amount), 0);
  return fromMinorUnits(toMinorUnits(amount) - paid, amount.currency);
}
