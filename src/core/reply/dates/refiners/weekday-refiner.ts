/**
 * A weekday alone, resolved the way a client means it. For a promise, "vendredi" / "by Friday" is
 * the coming Friday, and written on a Friday it is the next one: a client paying the same day
 * says "aujourd'hui". For a payment it is the last such day, today included. "lundi dernier" /
 * "last Monday" is always the one before; "lundi prochain" / "next Monday" keeps chrono's reading.
 */
import { addDays } from 'date-fns';
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import type { DateWords } from '../../vocabulary/reply-vocabulary';
import { dayComponents } from '../calendar-day';
import { anyPhrase } from '../../vocabulary/compile-vocabulary';

export class WeekdayRefiner implements Refiner {
  private readonly previous: RegExp;
  private readonly next: RegExp;

  constructor(words: DateWords) {
    this.previous = anyPhrase(words.previousWeekday);
    this.next = anyPhrase(words.nextWeekday);
  }

  refine = (context: ParsingContext, results: ParsingResult[]): ParsingResult[] => {
    for (const result of results) {
      const weekday = result.start.get('weekday');
      if (!result.start.isOnlyWeekdayComponent() || weekday === null || this.next.test(result.text)) continue;
      const reference = context.refDate;
      const today = reference.getDay();
      let offset: number;
      if (this.previous.test(result.text)) offset = -((today - weekday + 7) % 7 || 7);
      else if (context.option.forwardDate) offset = (weekday - today + 7) % 7 || 7;
      else offset = -((today - weekday + 7) % 7);
      result.start = context.createParsingComponents({ ...dayComponents(addDays(reference, offset)), weekday }).addTag('relance/weekday');
    }
    return results;
  };
}
