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
import { EarlyMonthParser } from './parsers/early-month-parser';
import { EndOfMonthParser } from './parsers/end-of-month-parser';
import { MidMonthParser } from './parsers/mid-month-parser';
import { MonthlyRunParser } from './parsers/monthly-run-parser';
import { ShortDayParser } from './parsers/short-day-parser';
import { SlashDateParser } from './parsers/slash-date-parser';
import { TodayParser } from './parsers/today-parser';
import { WeekParser } from './parsers/week-parser';
import { RangeYearRefiner } from './refiners/range-year-refiner';
import { VagueDateFilter } from './refiners/vague-date-filter';
import { WeekdayRefiner } from './refiners/weekday-refiner';

/** Tag of chrono's own slash-date parser, which our SlashDateParser replaces. */
export const chronoSlashTag = 'parser/SlashDateFormatParser';

function create(language: Language, monthFirst: boolean): chronoFr.Chrono {
  const words = compiledVocabulary(language).source.dates;
  // Slashed dates are read by our own parser, day first unless the writer is American. English
  // takes chrono's middle-endian setup, the only one that reads "July 10" (the other takes it for 2010).
  const base = language === 'fr' ? chronoFr.createCasualConfiguration(true) : chronoEn.configuration.createCasualConfiguration(false);
  return new chronoFr.Chrono({
    parsers: [
      new SlashDateParser(monthFirst && language === 'en'),
      new EarlyMonthParser(words, language),
      new ShortDayParser(language),
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

const instances = new Map<string, chronoFr.Chrono>();

export function replyChrono(language: Language, monthFirst = false): chronoFr.Chrono {
  const key = `${language}${monthFirst ? '-us' : ''}`;
  let instance = instances.get(key);
  if (!instance) {
    instance = create(language, monthFirst);
    instances.set(key, instance);
  }
  return instance;
}
