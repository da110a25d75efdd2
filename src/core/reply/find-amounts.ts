/**
 * The sums of money written in a text: "2 000,00 €", "2.000,00 EUR", "£2,000", "$1,250.50",
 * "EUR 2,000.00", "1500 euros". A number without a currency is not an amount: it is as likely a
 * quantity, a reference or a phone number. Shared by readReply and extractInvoice.
 */
import { currencies } from '../money/currencies';
import type { Money } from '../model/money';

export type AmountMention = { money: Money; index: number; length: number };

const symbols = new Map([...currencies.values()].flatMap((currency) => (currency.symbol ? [[currency.symbol, currency.code] as const] : [])));
const currencyWords: Array<[RegExp, string]> = [
  [/^(?:euros?|eur)$/i, 'EUR'],
  [/^(?:livres?(?: sterling)?|pounds?(?: sterling)?)$/i, 'GBP'],
  [/^dollars?$/i, 'USD'],
  [/^francs? suisses?$/i, 'CHF'],
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const symbol = [...symbols.keys()].map(escape).join('|');
const code = `(?<![\\p{L}])(?:${[...currencies.keys()].join('|')})(?![\\p{L}])`;
const word = '(?<![\\p{L}])(?:euros?|livres? sterling|livres|pounds?(?: sterling)?|dollars?|francs? suisses?)(?![\\p{L}])';
const number = "(?<![\\d.,])(?:\\d{1,3}(?:[ \\u00a0\\u202f.,'\u2019]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)(?![\\d])";
const amountPattern = new RegExp(
  `(?<before>${symbol}|${code})\\s?(?<number1>${number})|(?<number2>${number})[ \\u00a0\\u202f]?(?<after>${symbol}|${code}|${word})`,
  'giu',
);

/** A written number as a value: "2 000,00", "2.000,00", "2,000.00" and "2,000" are all two thousand. */
export function parseDecimal(written: string): number | undefined {
  const digits = written.replace(/[ \u00a0\u202f'\u2019]/g, '');
  const lastComma = digits.lastIndexOf(',');
  const lastDot = digits.lastIndexOf('.');
  let normalised: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    normalised = digits.split(decimal === ',' ? '.' : ',').join('').replace(decimal, '.');
  } else {
    const separator = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : undefined;
    if (!separator) normalised = digits;
    else {
      const parts = digits.split(separator);
      const last = parts[parts.length - 1] ?? '';
      // One separator before one or two digits is a decimal mark; before three, a thousands separator.
      normalised = parts.length === 2 && last.length <= 2 ? parts.join('.') : parts.join('');
    }
  }
  const value = Number(normalised);
  return Number.isFinite(value) && /^\d+(?:\.\d+)?$/.test(normalised) ? value : undefined;
}

function currencyOf(written: string): string | undefined {
  const trimmed = written.trim();
  return symbols.get(trimmed) ?? (currencies.has(trimmed.toUpperCase()) && trimmed === trimmed.toUpperCase() ? trimmed : undefined) ?? currencyWords.find(([pattern]) => pattern.test(trimmed))?.[1];
}

export function findAmounts(text: string): AmountMention[] {
  const mentions: AmountMention[] = [];
  for (const match of text.matchAll(amountPattern)) {
    const groups = match.groups ?? {};
    const currency = currencyOf(groups.before ?? groups.after ?? '');
    const value = parseDecimal(groups.number1 ?? groups.number2 ?? '');
    if (!currency || value === undefined || value <= 0 || value >= 1e12) continue;
    mentions.push({ money: { value, currency }, index: match.index ?? 0, length: match[0].length });
  }
  return mentions;
}
