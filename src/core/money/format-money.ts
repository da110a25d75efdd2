/**
 * Money as a reader expects it: "4 860,00 €" in French (no-break spaces, so it never wraps),
 * "£4,860.00" in English. Written out by hand so every ICU version prints the same.
 */
import type { Language } from '../model/language';
import type { Money } from '../model/money';
import { findCurrency } from './find-currency';
import { groupThousands } from './format-amount-input';
import { minorDigits, toMinorUnits } from './to-minor-units';

const noBreakSpace = '\u00a0';

export function formatMoney(money: Money, language: Language): string {
  const digits = minorDigits(money.currency);
  const units = Math.abs(toMinorUnits(money));
  const whole = Math.floor(units / 10 ** digits).toString();
  const fraction = digits > 0 ? (units % 10 ** digits).toString().padStart(digits, '0') : '';
  const sign = toMinorUnits(money) < 0 ? '-' : '';
  const symbol = findCurrency(money.currency)?.symbol;
  if (language === 'fr') {
    const number = groupThousands(whole, noBreakSpace) + (fraction ? `,${fraction}` : '');
    return `${sign}${number}${noBreakSpace}${symbol ?? money.currency}`;
  }
  const number = groupThousands(whole, ',') + (fraction ? `.${fraction}` : '');
  return symbol ? `${sign}${symbol}${number}` : `${sign}${money.currency}${noBreakSpace}${number}`;
}
