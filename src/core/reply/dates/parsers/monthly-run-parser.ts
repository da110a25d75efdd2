/**
 * "avec nos paiements du 5 de chaque mois", "in our payment run on the 25th": the next run
 * strictly after the reply. Runs are batched early in the day, so the run of the day the client
 * writes has already gone.
 */
import type { Parser, ParsingContext } from 'chrono-node';
import type { DateWords } from '../../vocabulary/reply-vocabulary';
import { dayComponents, nextDayOfMonth } from '../calendar-day';
import { alternatives, wordPattern } from '../word-pattern';
import { firstNumberGroup } from './day-of-month-parser';

export class MonthlyRunParser implements Parser {
  private readonly regex: RegExp;

  constructor(words: DateWords) {
    const months = alternatives(Object.keys(words.months));
    this.regex = wordPattern(`(?:${alternatives(words.monthlyRun)})(?!\\s?(?:[/.-]\\s?\\d|(?:${months})(?![\\p{L}])))`);
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const day = firstNumberGroup(match);
    if (day === undefined || day < 1 || day > 31) return null;
    const date = nextDayOfMonth(context.refDate, day, true);
    return date ? context.createParsingComponents(dayComponents(date)).addTag('relance/monthlyRun') : null;
  }
}
