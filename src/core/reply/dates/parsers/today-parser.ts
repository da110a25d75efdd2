/** "ce jour", "aujourd'hui", "today": the day the reply was written, which chrono misses in "ce jour". */
import type { Parser, ParsingContext } from 'chrono-node';
import type { DateWords } from '../../vocabulary/reply-vocabulary';
import { dayComponents } from '../calendar-day';
import { alternatives, wordPattern } from '../word-pattern';

export class TodayParser implements Parser {
  private readonly regex: RegExp;

  constructor(words: DateWords) {
    this.regex = wordPattern(alternatives(words.today));
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext) {
    return context.createParsingComponents(dayComponents(context.refDate)).addTag('relance/today');
  }
}
