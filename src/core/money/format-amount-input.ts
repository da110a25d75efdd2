/**
 * An amount as a form field shows it, without its currency: "4 860,00" in French (a no-break space
 * groups thousands, so the field never wraps), "4,860.00" in English. parseAmountInput reads both back.
 */
import type { Language } from '../model/language';
import type { Money } from '../model/money';
import { minorDigits, toMinorUnits } from './to-minor-units';

const noBreakSpace = '\u00a0';

export function groupThousands(digits: string, separator: string): string {
  // By hand: the usual lookahead pattern rescans the rest of the digits from every position.
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups.join(separator);
}

export function formatAmountInput(money: Money, language: Language): string {
  const digits = minorDigits(money.currency);
  const units = Math.abs(toMinorUnits(money));
  const whole = Math.floor(units / 10 ** digits).toString();
  const fraction = digits > 0 ? (units % 10 ** digits).toString().padStart(digits, '0') : '';
  const sign = toMinorUnits(money) < 0 ? '-' : '';
  return language === 'fr'
    ? `${sign}${groupThousands(whole, noBreakSpace)}${fraction ? `,${fraction}` : ''}`
    : `${sign}${groupThousands(whole, ',')}${fraction ? `.${fraction}` : ''}`;
}
