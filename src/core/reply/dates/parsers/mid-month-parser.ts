/**
 * "mi-avril", "à la mi-mois", "mid-April", "the middle of next month": the 15th of that month,
 * the day credit managers log for it. Said on or after the 15th, "mi-mois" means next month's.
 */
import type { Parser, ParsingContext } from 'chrono-node';
import type { DateWords } from '../../vocabulary/reply-vocabulary';
import { dayComponents, dayOfMonth } from '../calendar-day';
import { alternatives, wordPattern } from '../word-pattern';

const middleDay = 15;

export class MidMonthParser implements Parser {
  private readonly regex: RegExp;

  constructor(private readonly words: DateWords) {
    const months = alternatives(Object.keys(words.months));
    this.regex = wordPattern(
      `(?<next>${alternatives(words.midNextMonth)})` +
        `|(?:${alternatives(words.midNamedMonth)})(?<month>${months})(?![\\p{L}])(?: (?<year>\\d{4}))?` +
        `|(?<current>${alternatives(words.midMonth)})`,
    );
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const reference = context.refDate;
    const groups = match.groups ?? {};
    let middle: Date | undefined;
    if (groups.next) middle = dayOfMonth(reference, 1, middleDay);
    else if (groups.month) middle = this.middleOfNamedMonth(reference, this.words.months[groups.month] ?? 1, groups.year, context.option.forwardDate === true);
    else {
      middle = dayOfMonth(reference, 0, middleDay);
      if (middle && middle <= reference) middle = dayOfMonth(reference, 1, middleDay);
    }
    return middle ? context.createParsingComponents(dayComponents(middle)).addTag('relance/midMonth') : null;
  }

  /** The named month's 15th closest to the reply in the reading's direction: ahead for a promise, behind for a payment. */
  private middleOfNamedMonth(reference: Date, month: number, year: string | undefined, forward: boolean): Date | undefined {
    if (year) return new Date(Number(year), month - 1, middleDay);
    const thisYear = new Date(reference.getFullYear(), month - 1, middleDay);
    if (forward) return thisYear >= reference ? thisYear : new Date(reference.getFullYear() + 1, month - 1, middleDay);
    return thisYear <= reference ? thisYear : new Date(reference.getFullYear() - 1, month - 1, middleDay);
  }
}
