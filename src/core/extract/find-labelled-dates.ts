/**
 * The dates of an invoice mail, each with what its label makes it: issue, due, or another date.
 * Only written dates count (chrono's strict parsers); a date without a year keeps its year open.
 */
import * as chronoEn from 'chrono-node/en';
import * as chronoFr from 'chrono-node/fr';
import type { Parser, Refiner } from 'chrono-node';
import { toDate } from '../dates/to-date';
import { CachedPatternParser } from '../reply/dates/cached-pattern-parser';
import { closestLabel } from './closest-label';
import { invoiceVocabulary } from './compiled-invoice-vocabulary';
import type { TextLine } from './text-lines';
import type { DateKind } from './vocabulary/invoice-vocabulary';

export type LabelledDate = { year?: number; month: number; day: number; kind: DateKind | 'plain' };

/** chrono needs a reference day; dates without a year are never resolved against it. */
const reference = toDate('2000-01-01');

export type DateOrder = 'day-first' | 'month-first';

/** chrono's strict configurations (written dates only), each pattern compiled once. */
function strictChrono(configuration: { parsers: Parser[]; refiners: Refiner[] }): chronoFr.Chrono {
  return new chronoFr.Chrono({ parsers: configuration.parsers.map((parser) => new CachedPatternParser(parser)), refiners: configuration.refiners });
}

const parsers = {
  fr: strictChrono(chronoFr.createConfiguration(true, true)),
  'en-day-first': strictChrono(chronoEn.configuration.createConfiguration(true, true)),
  'en-month-first': strictChrono(chronoEn.configuration.createConfiguration(true, false)),
};

/** chrono's tag on a date counted from the reference day. */
const relativeTag = 'result/relativeDate';

/** A deposit invoice named just before a date. */
const depositBefore = /(?:acomptes?|deposit)\b[^.\n]{0,40}$/;

const mayHoldDate = /\d\s?[/.-]\s?\d|\p{L}{3}/u;

export function findLabelledDates(lines: TextLine[], language: 'fr' | 'en', order: DateOrder): LabelledDate[] {
  const english = order === 'month-first' ? parsers['en-month-first'] : parsers['en-day-first'];
  // Mails mix languages ("Échéance : 9 Apr 2026" from an English tool set to French): the other
  // language's parser reads a line the mail's own language finds no date in.
  const [parser, fallback] = language === 'fr' ? [parsers.fr, english] : [english, parsers.fr];
  const found: LabelledDate[] = [];
  for (const line of lines) {
    // A written date joins numbers with / . - or names a month: chrono need not read the rest.
    if (!mayHoldDate.test(line.folded)) continue;
    let from = 0;
    const results = parser.parse(line.folded, reference);
    for (const result of results.length > 0 ? results : fallback.parse(line.folded, reference)) {
      const start = result.start;
      const month = start.get('month');
      const day = start.get('day');
      // "within 30 days", "dans 30 jours" are terms counted from the issue date (due-date-from-terms.ts), not written dates.
      if (start.tags().has(relativeTag)) continue;
      if (!start.isCertain('day') || !start.isCertain('month') || month === null || day === null) continue;
      const before = line.folded.slice(from, result.index);
      from = result.index + result.text.length;
      const label = /^[\s:.,;=*-]*$/.test(before) && line.above ? line.above : before;
      const year = start.isCertain('year') ? start.get('year') : null;
      const kind = closestLabel(label, invoiceVocabulary.dateLabels) ?? 'plain';
      // "notre facture d'acompte FA-12 du 2 février": the date of the deposit recalled, not of the invoice sent.
      found.push({ month, day, ...(year !== null ? { year } : {}), kind: kind === 'issue' && depositBefore.test(label) ? 'other' : kind });
    }
  }
  return found;
}
