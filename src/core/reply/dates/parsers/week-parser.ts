/**
 * "d'ici la fin de la semaine", "début de semaine prochaine", "fin de semaine prochaine", "next
 * week": the Friday of this week, the Monday of next week, the Friday of next week. chrono reads
 * "next week" as seven days on, which is not what a client means.
 */
import { addDays } from 'date-fns';
import type { Parser, ParsingContext } from 'chrono-node';
import type { DateWords } from '../../vocabulary/reply-vocabulary';
import { dayComponents, fridayOf, mondayOf } from '../calendar-day';
import { alternatives, wordPattern } from '../word-pattern';

export class WeekParser implements Parser {
  private readonly regex: RegExp;

  constructor(words: DateWords) {
    this.regex = wordPattern(
      `(?<endOfNextWeek>${alternatives(words.endOfNextWeek)})` +
        `|(?<startOfNextWeek>${alternatives(words.startOfNextWeek)})` +
        `|(?<endOfThisWeek>${alternatives(words.endOfThisWeek)})`,
    );
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const groups = match.groups ?? {};
    const reference = context.refDate;
    const nextMonday = addDays(mondayOf(reference), 7);
    let date: Date;
    if (groups.endOfNextWeek) date = addDays(nextMonday, 4);
    else if (groups.startOfNextWeek) date = nextMonday;
    else {
      // Written on a Friday or over the weekend, "by the end of the week" is next week's Friday.
      const friday = fridayOf(reference);
      date = friday > reference ? friday : addDays(friday, 7);
    }
    return context.createParsingComponents(dayComponents(date)).addTag('relance/week');
  }
}
