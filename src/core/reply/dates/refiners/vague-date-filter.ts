/**
 * Drops what chrono finds that is not a day: a time alone ("avant 14h"), a month alone ("may",
 * "March"), a weekday abbreviation that is an ordinary word ("mar", "sun", "jeu"), "now" /
 * "maintenant", which in business mail qualify a state ("now approved"), not a day, and a
 * duration ("40 hours", "un retard de 10 jours", "payment terms are 30 days"), which chrono reads
 * as a day ahead. Delays that are deadlines ("d'ici 10 jours", "within 7 days") are read by our
 * DelayParser; only "il y a 3 jours" / "3 days ago" are kept from chrono's relative dates.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import type { DateWords } from '../../vocabulary/reply-vocabulary';
import { anyPhrase } from '../../vocabulary/compile-vocabulary';

const pastDuration = /^il y a\b|\bago$/;

export class VagueDateFilter implements Refiner {
  private readonly fullWeekday: RegExp;

  constructor(words: DateWords) {
    this.fullWeekday = anyPhrase(words.weekdays);
  }

  refine = (_context: ParsingContext, results: ParsingResult[]): ParsingResult[] =>
    results.filter((result) => {
      const start = result.start;
      if (result.tags().has('casualReference/now')) return false;
      if (result.tags().has('result/relativeDate') && !pastDuration.test(result.text)) return false;
      if (start.isOnlyWeekdayComponent()) return this.fullWeekday.test(result.text);
      return start.isCertain('day') || (start.get('weekday') !== null && this.fullWeekday.test(result.text));
    });
}
