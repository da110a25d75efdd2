/**
 * "le 15", "le 1er", "the 20th", "le 15 du mois prochain": a day of the month without its month.
 * For a promise it is the next such day (today included), for a payment the last one; chrono
 * leaves these alone because a bare number is too often something else.
 */
import type { Parser, ParsingContext } from 'chrono-node';
import type { DateWords } from '../../vocabulary/reply-vocabulary';
import { dayComponents, dayOfMonth, nextDayOfMonth, previousDayOfMonth } from '../calendar-day';
import { alternatives, wordPattern } from '../word-pattern';

/** What may follow a number that is not a day: a time, a decimal, a quantity, a month (chrono reads "15 mars"). */
function notADay(words: DateWords): string {
  const months = alternatives(Object.keys(words.months));
  const units =
    'jours?|j|mois|ans?|semaines?|heures?|fois|days?|weeks?|months?|years?|hours?|times?|reminders?|notices?|letters?|instal?ments?|payments?|invoices?|quarters?|floor|attempts?|k|eur|euros?|gbp|usd|relances?|rappels?|factures?|kg|g|t|tonnes?|km|m|m2|m²|cm|mm|l|litres?|ml|pieces?|unites?|units?|exemplaires?|copies|personnes?|people|salaries?|ml';
  return `(?!\\s?(?:[/.:,h-]\\s?\\d|\\d|%|€|£|\\$|(?:er |eme )?(?:of )?(?:${months}|${units})(?![\\p{L}])))`;
}

export function firstNumberGroup(match: RegExpMatchArray): number | undefined {
  for (let index = 1; index < match.length; index++) {
    const group = match[index];
    if (group && /^(?:\d{1,2}|1er)$/.test(group)) return group === '1er' ? 1 : Number(group);
  }
  return undefined;
}

export class DayOfMonthParser implements Parser {
  private readonly regex: RegExp;

  constructor(words: DateWords) {
    this.regex = wordPattern(`(?:${alternatives(words.dayOfMonth)})${notADay(words)}(?: (?<nextMonth>${alternatives(words.ofNextMonth)}))?`);
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const day = firstNumberGroup(match);
    if (day === undefined || day < 1 || day > 31) return null;
    const reference = context.refDate;
    const date = match.groups?.nextMonth
      ? dayOfMonth(reference, 1, day)
      : context.option.forwardDate
        ? nextDayOfMonth(reference, day, false)
        : previousDayOfMonth(reference, day);
    return date ? context.createParsingComponents(dayComponents(date)).addTag('relance/dayOfMonth') : null;
  }
}
