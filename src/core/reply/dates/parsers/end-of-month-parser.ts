/**
 * "fin de mois", "fin du mois prochain", "fin mars", "end of the month", "end of April": the last
 * day of that month. Said on the last day of the month, "fin de mois" means the next one: a
 * client does not promise for the same evening in those words.
 */
import type { Parser, ParsingContext } from 'chrono-node';
import type { DateWords } from '../../vocabulary/reply-vocabulary';
import { dayComponents, endOfMonthOf } from '../calendar-day';
import { alternatives, wordPattern } from '../word-pattern';

export class EndOfMonthParser implements Parser {
  private readonly regex: RegExp;

  constructor(private readonly words: DateWords) {
    const months = alternatives(Object.keys(words.months));
    this.regex = wordPattern(
      `(?<next>${alternatives(words.endOfNextMonth)})` +
        `|(?:${alternatives(words.endOfNamedMonth)}) ?(?<month>${months})(?![\\p{L}])(?: (?<year>\\d{4}))?` +
        `|(?<current>${alternatives(words.endOfMonth)})`,
    );
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const reference = context.refDate;
    const groups = match.groups ?? {};
    let end: Date;
    if (groups.next) end = endOfMonthOf(reference, 1);
    else if (groups.month) end = this.endOfNamedMonth(reference, this.words.months[groups.month] ?? 1, groups.year, context.option.forwardDate === true);
    else {
      end = endOfMonthOf(reference);
      if (end.getTime() === reference.getTime()) end = endOfMonthOf(reference, 1);
    }
    return context.createParsingComponents(dayComponents(end)).addTag('relance/endOfMonth');
  }

  /** The named month's end closest to the reply in the reading's direction: ahead for a promise, behind for a payment. */
  private endOfNamedMonth(reference: Date, month: number, year: string | undefined, forward: boolean): Date {
    const offset = month - 1 - reference.getMonth();
    if (year) return endOfMonthOf(new Date(Number(year), month - 1, 1));
    const thisYear = endOfMonthOf(reference, offset);
    if (forward) return thisYear >= reference ? thisYear : endOfMonthOf(reference, offset + 12);
    return thisYear <= reference ? thisYear : endOfMonthOf(reference, offset - 12);
  }
}
