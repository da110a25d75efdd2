/**
 * An amount as a user types it in a form: "4 860,00", "4860.5", "4,860.00", "1.234,56 €".
 * Undefined when it is not one number.
 */
export function parseAmountInput(text: string): number | undefined {
  const cleaned = text.replace(/[\s€£$]|EUR|GBP|USD/gi, '');
  if (!/^-?[\d.,]+$/.test(cleaned)) return undefined;
  const lastComma = cleaned.lastIndexOf(',');
  const lastDot = cleaned.lastIndexOf('.');
  const decimalAt = Math.max(lastComma, lastDot);
  // The last separator is the decimal one only with one or two digits after it: "4,860" is 4860.
  const isDecimal = decimalAt >= 0 && cleaned.length - decimalAt - 1 <= 2;
  const integerPart = isDecimal ? cleaned.slice(0, decimalAt) : cleaned;
  const fraction = isDecimal ? cleaned.slice(decimalAt + 1) : '';
  const digits = integerPart.replace(/[.,]/g, '');
  if (digits === '' && fraction === '') return undefined;
  const value = Number(`${digits || '0'}.${fraction || '0'}`);
  return Number.isFinite(value) ? value : undefined;
}
