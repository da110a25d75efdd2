/**
 * When an absent person is back, from an out-of-office reply. "de retour le 23 mars", "back on
 * Monday 16 March" give the day itself, and so does "until Monday" (English: the day of return)
 * unless the reply names its return more plainly ("until Tuesday 19, returning Wednesday 20");
 * "jusqu'au 20 mars inclus", "du 9 au 20 mars", "through 20 March" give the last day away, and
 * the return is the next working day. This date only says when to try again: it is no promise.
 */
import { addDays } from '../dates/add-days';
import { toDate } from '../dates/to-date';
import type { IsoDate } from '../model/iso-date';
import type { Language } from '../model/language';
import { findDates } from './dates/find-dates';
import type { Sentence } from './split-sentences';
import { compiledVocabulary } from './vocabulary/compile-vocabulary';

function nextWorkingDay(date: IsoDate): IsoDate {
  let next = addDays(date, 1);
  while (toDate(next).getDay() === 0 || toDate(next).getDay() === 6) next = addDays(next, 1);
  return next;
}

/** A reply is read for its return date up to here: the absence is stated at the top. */
const sentenceLimit = 20;

/**
 * A day named as the return ("de retour le 4") wins wherever it is; otherwise the first range or
 * last day away ("du 9 au 20", "jusqu'au 20 inclus") gives the next working day after it.
 */
export function findReturnDate(sentences: Sentence[], options: { language: Language; receivedOn: IsoDate; monthFirst?: boolean }): IsoDate | undefined {
  const vocabulary = compiledVocabulary(options.language);
  let fallback: IsoDate | undefined;
  for (const sentence of sentences.slice(0, sentenceLimit)) {
    for (const mention of findDates(sentence.folded.slice(0, 300), { ...options, direction: 'forward' })) {
      const before = sentence.folded.slice(Math.max(0, mention.index - 40), mention.index);
      const after = sentence.folded.slice(mention.index + mention.text.length, mention.index + mention.text.length + 20);
      if (mention.end) {
        fallback ??= nextWorkingDay(mention.end);
        continue;
      }
      if (vocabulary.returnMarkerBefore.test(before) && !vocabulary.lastDayMarkerAfter.test(after)) return mention.date;
      if (vocabulary.lastDayMarkerBefore.test(before) || vocabulary.lastDayMarkerAfter.test(after)) fallback ??= nextWorkingDay(mention.date);
      else fallback ??= mention.date;
    }
  }
  return fallback;
}
