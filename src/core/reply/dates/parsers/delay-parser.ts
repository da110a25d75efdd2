/**
 * "sous huitaine", "sous quinzaine", "d'ici dix jours", "sous 48h", "within 7 days",
 * "within 5 working days": the day the delay ends, counted from the reply.
 */
import { addBusinessDays, addDays } from 'date-fns';
import type { Parser, ParsingContext } from 'chrono-node';
import type { DateWords } from '../../vocabulary/reply-vocabulary';
import { dayComponents } from '../calendar-day';
import { alternatives, wordPattern } from '../word-pattern';

export class DelayParser implements Parser {
  private readonly regex: RegExp;
  private readonly units: Array<{ pattern: RegExp; days: number; businessDays: boolean }>;

  constructor(private readonly words: DateWords) {
    const numbers = `\\d{1,3}|${alternatives(Object.keys(words.numbers))}`;
    const units = alternatives(Object.keys(words.delayUnits).map((unit) => `(?:${unit})`));
    this.units = Object.entries(words.delayUnits).map(([unit, length]) => ({
      pattern: new RegExp(`^(?:${unit})$`, 'u'),
      days: length.days,
      businessDays: length.businessDays === true,
    }));
    this.regex = wordPattern(
      `(?<named>${alternatives(Object.keys(words.namedDelays))})` +
        `|(?:${alternatives(words.delayPrefixes)}) (?<count>${numbers}) ?(?<unit>${units})`,
    );
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const groups = match.groups ?? {};
    const reference = context.refDate;
    if (groups.named) {
      const days = this.words.namedDelays[groups.named];
      return days === undefined ? null : this.dated(context, addDays(reference, days));
    }
    const count = /^\d+$/.test(groups.count ?? '') ? Number(groups.count) : this.words.numbers[groups.count ?? ''];
    const unit = this.units.find((candidate) => candidate.pattern.test(groups.unit ?? ''));
    if (count === undefined || count <= 0 || count > 366 || !unit) return null;
    if (unit.businessDays) return this.dated(context, addBusinessDays(reference, count));
    return this.dated(context, addDays(reference, Math.ceil(count * unit.days)));
  }

  // Not named `at`: the Gmail build refuses `.at(` as Array.prototype.at (ES2022).
  private dated(context: ParsingContext, date: Date) {
    return context.createParsingComponents(dayComponents(date)).addTag('relance/delay');
  }
}
