/**
 * Drops what chrono finds that is not a day: a time alone ("avant 14h"), a month alone ("may",
 * "March"), a weekday abbreviation that is an ordinary word ("mar", "sun", "jeu"), and "now" /
 * "maintenant", which in business mail qualify a state ("now approved"), not a day.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import type { DateWords } from '../../vocabulary/reply-vocabulary';
import { anyPhrase } from '../../vocabulary/compile-vocabulary';

export class VagueDateFilter implements Refiner {
  private readonly fullWeekday: RegExp;

  constructor(words: DateWords) {
    this.fullWeekday = anyPhrase(words.weekdays);
  }

  refine = (_context: ParsingContext, results: ParsingResult[]): ParsingResult[] =>
    results.filter((result) => {
      const start = result.start;
      if (result.tags().has('casualReference/now')) return false;
      if (start.isOnlyWeekdayComponent()) return this.fullWeekday.test(result.text);
      return start.isCertain('day') || (start.get('weekday') !== null && this.fullWeekday.test(result.text));
    });
}
