/**
 * An amount as a user types it in a form: "4 860,00", "4860.5", "4,860.00", "1.234,56 €", "12.500"
 * (12.5 in a three-decimal currency such as KWD or TND). Undefined when it is not one number in
 * that currency: "1,2,3" (groups of thousands have three digits), "0,001" in EUR (finer than a cent).
 */
import { minorDigits } from '../money/to-minor-units';

const groupedThousands = /^\d{1,3}(?:[.,]\d{3})+$/;

function split(cleaned: string, digits: number): { whole: string; fraction: string } | undefined {
  const separators = cleaned.replace(/\d/g, '');
  if (separators === '') return { whole: cleaned, fraction: '' };
  const lastAt = Math.max(cleaned.lastIndexOf(','), cleaned.lastIndexOf('.'));
  const last = cleaned.charAt(lastAt);
  const after = cleaned.slice(lastAt + 1);
  const before = cleaned.slice(0, lastAt);
  const mixed = separators.includes(',') && separators.includes('.');
  // One kind of separator, used more than once: thousands only ("1.234.567").
  if (!mixed && separators.length > 1) return groupedThousands.test(cleaned) && !cleaned.startsWith('0') ? { whole: cleaned.replace(/[.,]/g, ''), fraction: '' } : undefined;
  // Both kinds: the last one is the decimal separator, and the other only groups thousands.
  if (mixed) {
    if (before.includes(last) || (before.replace(/\d/g, '') !== '' && !groupedThousands.test(before))) return undefined;
    return { whole: before.replace(/[.,]/g, ''), fraction: after };
  }
  // One separator once: three digits after it group thousands ("4,860"), unless the currency has
  // three decimals or the whole part is zero ("0,001" can only be a fraction).
  if (after.length === 3 && digits !== 3 && /^[1-9]\d{0,2}$/.test(before)) return { whole: before + after, fraction: '' };
  return { whole: before, fraction: after };
}

export function parseAmountInput(text: string, currency = 'EUR'): number | undefined {
  const typed = text.replace(/[\s€£$]|EUR|GBP|USD/gi, '');
  const negative = typed.startsWith('-');
  const cleaned = negative ? typed.slice(1) : typed;
  if (!/^[\d.,]+$/.test(cleaned) || !/\d/.test(cleaned)) return undefined;
  const digits = minorDigits(currency.trim().toUpperCase());
  const parts = split(cleaned, digits);
  if (!parts || parts.fraction.length > digits || (parts.whole === '' && parts.fraction === '')) return undefined;
  const value = Number(`${parts.whole || '0'}.${parts.fraction || '0'}`);
  return Number.isFinite(value) ? (negative ? -value : value) : undefined;
}
