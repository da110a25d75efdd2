/**
 * The date a commitment names, looked for in its sentence and, when that has none, in the next
 * sentence if it says nothing else ("Nous allons régler la facture. Ce sera fait vendredi.").
 * A promise looks ahead of the reply, a payment behind it; dates of documents never count.
 */
import type { IsoDate } from '../model/iso-date';
import type { Language } from '../model/language';
import { hasIntentCue, type SentenceCues } from './classify-sentence';
import { findDates, type DateDirection } from './dates/find-dates';
import type { Sentence } from './split-sentences';

export type CommitmentDate = { date: IsoDate; sentences: number[] };

export type DateContext = { language: Language; receivedOn: IsoDate; sentences: Sentence[]; cues: SentenceCues[]; monthFirst?: boolean };

function dateIn(sentence: Sentence, direction: DateDirection, context: DateContext): IsoDate | undefined {
  const mentions = findDates(sentence.folded, { language: context.language, receivedOn: context.receivedOn, direction, monthFirst: context.monthFirst === true });
  return mentions.find(
    (mention) =>
      !mention.refersToDocument && (direction === 'forward' ? mention.date >= context.receivedOn : mention.date <= context.receivedOn),
  )?.date;
}

export function commitmentDate(index: number, direction: DateDirection, context: DateContext): CommitmentDate | undefined {
  const sentence = context.sentences[index];
  if (!sentence) return undefined;
  const own = dateIn(sentence, direction, context);
  if (own) return { date: own, sentences: [index] };
  const next = context.sentences[index + 1];
  const nextCues = context.cues[index + 1];
  if (!next || !nextCues || hasIntentCue(nextCues)) return undefined;
  const following = dateIn(next, direction, context);
  return following ? { date: following, sentences: [index, index + 1] } : undefined;
}
