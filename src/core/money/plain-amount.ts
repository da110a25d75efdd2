/**
 * An amount as plain digits with its currency's own decimals: "4860.00" for EUR, "150000" for JPY,
 * "1.234" for KWD. What the invoice form starts from and a spreadsheet column reads; built from the
 * minor units, since toFixed(2) would drop a KWD fils and give a yen decimals it does not have.
 */
import type { Money } from '../model/money';
import { minorDigits, toMinorUnits } from './to-minor-units';

export function plainAmount(money: Money, decimalSeparator: '.' | ',' = '.'): string {
  const digits = minorDigits(money.currency);
  const units = toMinorUnits(money);
  const magnitude = Math.abs(units);
  const whole = Math.floor(magnitude / 10 ** digits).toString();
  const fraction = digits > 0 ? `${decimalSeparator}${(magnitude % 10 ** digits).toString().padStart(digits, '0')}` : '';
  return `${units < 0 ? '-' : ''}${whole}${fraction}`;
}
