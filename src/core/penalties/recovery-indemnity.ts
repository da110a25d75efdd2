/**
 * The fixed recovery indemnity per invoice paid late.
 * France: 40 EUR (L441-10, D441-5). UK: £40 under £1,000, £70 under £10,000, £100 above (1998 Act, s. 5A).
 */
import { RelanceError } from '../errors/relance-error';
import type { Money } from '../model/money';
import type { Jurisdiction } from '../model/penalty-terms';
import { toMinorUnits } from '../money/to-minor-units';

/** The law fixes the indemnity in its own currency, so penalties are computed on invoices in it. */
export const indemnityCurrency: Record<Jurisdiction, string> = { FR: 'EUR', UK: 'GBP' };

export function recoveryIndemnity(jurisdiction: Jurisdiction, debt: Money, field = 'invoice.amount.currency'): Money {
  if (debt.currency !== indemnityCurrency[jurisdiction]) {
    throw new RelanceError('penalty-currency', [{ field, problem: 'no-governing-law' }]);
  }
  if (jurisdiction === 'FR') return { value: 40, currency: 'EUR' };
  const pence = toMinorUnits(debt);
  return { value: pence < 100_000 ? 40 : pence < 1_000_000 ? 70 : 100, currency: 'GBP' };
}
