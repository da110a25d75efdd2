/**
 * chrono-node set up for replies, in the style of its own per-language pipeline: chrono's casual
 * French or British-English configuration, our parsers for the expressions of business mail in
 * front of it (they win ties), and our refiners after it.
 */
import * as chronoEn from 'chrono-node/en';
import * as chronoFr from 'chrono-node/fr';
import type { Language } from '../../model/language';
import { compiledVocabulary } from '../vocabulary/compile-vocabulary';
import { CachedPatternParser } from './cached-pattern-parser';
import { DayOfMonthParser } from './parsers/day-of-month-parser';
import { DelayParser } from './parsers/delay-parser';
import { EndOfMonthParser } from './parsers/end-of-month-parser';
import { MidMonthParser } from './parsers/mid-month-parser';
import { MonthlyRunParser } from './parsers/monthly-run-parser';
import { TodayParser } from './parsers/today-parser';
import { WeekParser } from './parsers/week-parser';
import { RangeYearRefiner } from './refiners/range-year-refiner';
import { VagueDateFilter } from './refiners/vague-date-filter';
import { WeekdayRefiner } from './refiners/weekday-refiner';

function create(language: Language): chronoFr.Chrono {
  const words = compiledVocabulary(language).source.dates;
  // Day first in both languages: Relance's clients are French and British. chrono still reads
  // 03/13/2026 as 13 March, since no month is numbered 13.
  const base = language === 'fr' ? chronoFr.createCasualConfiguration(true) : chronoEn.configuration.createCasualConfiguration(true);
  return new chronoFr.Chrono({
    parsers: [
      new MonthlyRunParser(words),
      new EndOfMonthParser(words),
      new MidMonthParser(words),
      new WeekParser(words),
      new DelayParser(words),
      new DayOfMonthParser(words),
      new TodayParser(words),
      ...base.parsers.map((parser) => new CachedPatternParser(parser)),
    ],
    refiners: [...base.refiners, new VagueDateFilter(words), new WeekdayRefiner(words), new RangeYearRefiner()],
  });
}

const instances: Partial<Record<Language, chronoFr.Chrono>> = {};

export function replyChrono(language: Language): chronoFr.Chrono {
  return (instances[language] ??= create(language));
}
