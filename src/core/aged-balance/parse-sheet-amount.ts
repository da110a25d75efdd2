/**
 * An amount as an accounting export writes it: "4 860,00", "4.860,00 €", "£4,860.00", "EUR 950.00",
 * "-120,00" or "(120.00)" for a credit. Thousands groups must be groups of three and the decimal
 * part at most the currency's digits, so "1,2,3" and "0,001" € are refused rather than guessed.
 */
export type SheetAmount = { value: number; currency?: string };

const symbols: Record<string, string> = { '€': 'EUR', '£': 'GBP', $: 'USD' };
const codePattern = /\b(EUR|GBP|USD|CHF|CAD)\b/i;
const groupedComma = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const groupedDot = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const plain = /^\d+(?:[.,]\d+)?$/;

export function parseSheetAmount(text: string, fractionDigits = 2): SheetAmount | undefined {
  let value = text.trim();
  if (value === '' || value.length > 40) return undefined;
  let currency: string | undefined;
  const code = codePattern.exec(value);
  if (code) currency = (code[1] ?? '').toUpperCase();
  for (const [symbol, iso] of Object.entries(symbols)) {
    if (value.includes(symbol)) currency = iso;
  }
  let negative = false;
  value = value.replace(codePattern, '').replace(/[€£$]/g, '').replace(/[\s']/g, '');
  if (value.startsWith('(') && value.endsWith(')')) {
    negative = true;
    value = value.slice(1, -1);
  }
  if (value.startsWith('-')) {
    negative = true;
    value = value.slice(1);
  } else if (value.endsWith('-')) {
    negative = true;
    value = value.slice(0, -1);
  }
  let normal: string;
  const separators = value.replace(/[^.,]/g, '').length;
  if (separators === 1 && plain.test(value)) {
    const separator = value.search(/[.,]/);
    const decimals = value.length - separator - 1;
    // "4,860" with three digits after a lone separator is a thousands group, unless the currency
    // has three decimals; "0,001" is never one.
    const thousands = decimals === 3 && fractionDigits !== 3 && separator <= 3 && !value.startsWith('0');
    normal = thousands ? value.replace(/[.,]/, '') : value.replace(',', '.');
  } else if (separators === 0 && plain.test(value)) normal = value;
  else if (groupedComma.test(value)) normal = value.replace(/,/g, '');
  else if (groupedDot.test(value)) normal = value.replace(/\./g, '').replace(',', '.');
  else return undefined;
  const dot = normal.indexOf('.');
  if (dot >= 0 && normal.length - dot - 1 > fractionDigits) return undefined;
  const number = Number(normal);
  if (!Number.isFinite(number)) return undefined;
  return { value: negative ? -number : number, ...(currency ? { currency } : {}) };
}
