/**
 * The calendar dates in one folded sentence, resolved against the day the reply was received.
 * `forward` reads them as a promise does (ahead of the reply), `backward` as a payment does.
 */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { daysBetween } from '../../dates/days-between';
import { isIsoDate } from '../../dates/is-iso-date';
import { toDate } from '../../dates/to-date';
import type { IsoDate } from '../../model/iso-date';
import type { Language } from '../../model/language';
import { compiledVocabulary } from '../vocabulary/compile-vocabulary';
import { chronoSlashTag, replyChrono } from './reply-chrono';

export type DateDirection = 'forward' | 'backward';

export type DateMention = {
  date: IsoDate;
  /** The last day of a range ("du 9 au 20 mars"). */
  end?: IsoDate;
  index: number;
  text: string;
  /** The date of a document or of a past event ("votre relance du 9 mars", "échue le 28 février"), never of a payment. */
  refersToDocument: boolean;
};

/** Leading words chrono or our parsers include in a match, which belong to the text before the date. */
const leadingWords = /^(?:(?:le|la|du|au|the|on|of|by|for|pour|avant|before)\s)+/;

function iso(year: number, month: number, day: number): IsoDate | undefined {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(text) ? text : undefined;
}

/**
 * A day and month without a year ("16 mars", "15/04") fall in the year that puts them closest to
 * the reply. Read on 20 March, "virement le 16 mars" names a past day, not March next year: it
 * is dropped rather than pushed a year ahead as chrono would.
 */
function yearShift(components: ParsedComponents, receivedOn: IsoDate): number {
  const year = components.get('year');
  const month = components.get('month');
  const day = components.get('day');
  if (components.isCertain('year') || year === null || month === null || day === null) return 0;
  const thisYear = Number(receivedOn.slice(0, 4));
  let best = 0;
  let bestDistance = Infinity;
  for (const candidate of [thisYear - 1, thisYear, thisYear + 1]) {
    const date = iso(candidate, month, day);
    const distance = date ? Math.abs(daysBetween(receivedOn, date)) : Infinity;
    if (distance < bestDistance) [best, bestDistance] = [candidate - year, distance];
  }
  return best;
}

function isoOf(components: ParsedComponents, shift = 0): IsoDate | undefined {
  const year = components.get('year');
  const month = components.get('month');
  const day = components.get('day');
  return year === null || month === null || day === null ? undefined : iso(year + shift, month, day);
}

/** A date whose year was implied must lie on the side of the reply the reading looks at. */
function isInDirection(date: IsoDate, components: ParsedComponents, options: { receivedOn: IsoDate; direction: DateDirection }): boolean {
  if (components.isCertain('year')) return true;
  return options.direction === 'forward' ? date >= options.receivedOn : date <= options.receivedOn;
}

/** Words of the short forms our own parsers read, which the vocabulary's hints do not list. */
const shortFormHint = /(?<![a-z])(?:weds?|tues?|thurs?|sat|sun|yday|yest|just|apres|avant-hier|instant|heure|early|debut|beginning|start)(?![a-z])/;

export type FindDatesOptions = { language: Language; receivedOn: IsoDate; direction: DateDirection; monthFirst?: boolean };

/**
 * The last readings, kept because one reply asks for the same sentence several times (the models,
 * the phrase lists, the return date): chrono is most of a reply's cost. Pure, so caching is safe.
 */
const recent = new Map<string, DateMention[]>();
const recentLimit = 64;

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= recentLimit) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, value);
  return value;
}

export function findDates(folded: string, options: FindDatesOptions): DateMention[] {
  const key = `${options.language}|${options.receivedOn}|${options.direction}|${options.monthFirst === true}|${folded}`;
  return recent.get(key) ?? remember(recent, key, readDates(folded, options));
}

/** chrono's forward results of the last sentences: every sentence is read forward first. */
const forwardRecent = new Map<string, ParsedResult[]>();

/**
 * A date that writes its day and its month, read by chrono or our slash parser: a day resolved by
 * the direction writes no month ("le 15", "monday 2nd"), and our other parsers ("fin mars")
 * choose the year by the direction too.
 */
const directionFree = (result: ParsedResult, monthWritten: RegExp) =>
  !result.end &&
  result.start.isCertain('day') &&
  result.start.isCertain('month') &&
  monthWritten.test(result.text) &&
  [...result.start.tags()].every((tag) => !tag.startsWith('relance/') || tag === 'relance/slashDate');

/**
 * chrono's results for a sentence in one direction. A promise looks ahead and a payment behind, so
 * each sentence is asked both ways, and chrono is most of a reply's cost: a sentence is always read
 * forward first, and backward only when that reading found a date the direction could change.
 * No date forward means none backward; dates that write their day and month ("15/03", "le 15
 * mars") differ between the directions only by the year, which yearShift settles alike both ways.
 * Reading forward first whatever the caller asks keeps the answer the same in any order of calls.
 */
function chronoResults(folded: string, options: FindDatesOptions): ParsedResult[] {
  const sentenceKey = `${options.language}|${options.receivedOn}|${options.monthFirst === true}|${folded}`;
  const parse = (forwardDate: boolean) => replyChrono(options.language, options.monthFirst === true).parse(folded, toDate(options.receivedOn), { forwardDate });
  const forward = forwardRecent.get(sentenceKey) ?? remember(forwardRecent, sentenceKey, parse(true));
  if (options.direction === 'forward') return forward;
  const monthWritten = compiledVocabulary(options.language).monthWritten;
  return forward.every((result) => directionFree(result, monthWritten)) ? forward : parse(false);
}

function readDates(folded: string, options: FindDatesOptions): DateMention[] {
  const vocabulary = compiledVocabulary(options.language);
  if (!vocabulary.dateHint.test(folded) && !shortFormHint.test(folded)) return [];
  const results = chronoResults(folded, options);
  const mentions: DateMention[] = [];
  for (const result of results) {
    if (result.start.tags().has(chronoSlashTag) && result.text.includes('/')) continue;
    const last = result.end ?? result.start;
    const shift = yearShift(last, options.receivedOn);
    const date = isoOf(result.start, shift);
    const end = result.end ? isoOf(result.end, shift) : undefined;
    if (!date || !isInDirection(end ?? date, last, options)) continue;
    const before = folded.slice(Math.max(0, result.index - 40), result.index) + (leadingWords.exec(result.text)?.[0] ?? '');
    mentions.push({
      date,
      ...(end && end > date ? { end } : {}),
      index: result.index,
      text: result.text,
      refersToDocument: vocabulary.documentReferenceBefore.test(before.trimEnd()),
    });
  }
  return mentions;
}
