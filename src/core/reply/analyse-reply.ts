/**
 * The structure of a reply, before any decision: its new text cut from the quoted history and the
 * signature, its language, its sentences, and every date it names with the words around it.
 * The reader decides from this; the training script learns from exactly the same.
 */
import { isIsoDate } from '../dates/is-iso-date';
import type { IsoDate } from '../model/iso-date';
import type { Language } from '../model/language';
import { cleanText } from '../text/clean-text';
import { classifySentence, type SentenceCues } from './classify-sentence';
import { findDates, type DateDirection, type DateMention } from './dates/find-dates';
import { detectLanguage } from './detect-language';
import { findInvoiceNumbers } from './find-invoice-numbers';
import { htmlToText } from './html-to-text';
import type { DateCandidate } from './model/date-features';
import { daysBucket, replyFeatureNames, tokens } from './model/reply-features';
import { isGreeting, splitSentences, type Sentence } from './split-sentences';
import { stripQuotedHistory } from './strip-quoted-history';
import { ruleReading } from './rule-reading';
import { stripSignature } from './strip-signature';
import { writesMonthFirst } from './writes-month-first';
import { compiledVocabulary } from './vocabulary/compile-vocabulary';

/** A whole thread is never this long; beyond it is pasted data, not a reply. */
const threadLimit = 200_000;
/** The commitment is at the top of the new text; what follows a long reply is pasted documents. */
const newTextLimit = 20_000;
/** Dates are looked for in the first sentences only: a commitment is never buried further down. */
const datedSentenceLimit = 40;
/** A sentence is read for dates up to here: a longer line is pasted data, and chrono's cost grows with the dates it holds. */
const datedLengthLimit = 300;
/** All the text read for dates, so a reply of many date-filled lines stays cheap. */
const datedTextLimit = 3000;

export type Located = DateMention & { sentence: number; candidate: DateCandidate };

export type ReplyAnalysis = {
  language: Language;
  receivedOn: IsoDate | undefined;
  invoiceNumbers: string[];
  newText: string;
  sentences: Sentence[];
  /** Whether any sentence holds a word of the domain's vocabulary (payment, dispute, absence…). */
  hasCue: boolean;
  /** The kinds of cue found in any sentence ("paid", "promise"…). */
  cueKinds: Set<string>;
  /** An American writer: "3/5" is 5 March. */
  monthFirst: boolean;
  /** Dates ahead of the reply (what a promise names) and behind it (what a payment names). */
  dates: Record<DateDirection, Located[]>;
  featureNames: string[];
};

/** The words of the domain's vocabulary a sentence holds, as feature names: what the phrase lists knew, the models weigh. */
function cueNames(cues: SentenceCues | undefined): string[] {
  return cues ? Object.entries(cues).flatMap(([name, present]) => (present ? [name] : [])) : [];
}

function locate(sentences: Sentence[], cues: SentenceCues[], receivedOn: IsoDate, language: Language, monthFirst: boolean, direction: DateDirection): Located[] {
  const found: Array<DateMention & { sentence: number }> = [];
  let budget = datedTextLimit;
  const openingHours = compiledVocabulary(language).openingHours;
  sentences.slice(0, datedSentenceLimit).forEach((sentence, index) => {
    // The days of a line of opening hours are when the office answers, never a day to pay.
    if (budget <= 0 || openingHours.test(sentence.folded)) return;
    const read = sentence.folded.slice(0, Math.min(datedLengthLimit, budget));
    budget -= read.length;
    for (const mention of findDates(read, { language, receivedOn, direction, monthFirst: monthFirst === true })) {
      if (direction === 'forward' ? mention.date >= receivedOn : mention.date <= receivedOn) found.push({ ...mention, sentence: index });
    }
  });
  return found.map((mention, rank) => {
    const folded = sentences[mention.sentence]?.folded ?? '';
    return {
      ...mention,
      candidate: {
        before: tokens(folded.slice(0, mention.index)),
        after: tokens(folded.slice(mention.index + mention.text.length)),
        own: tokens(mention.text),
        refersToDocument: mention.refersToDocument,
        isRange: mention.end !== undefined,
        rank,
        of: found.length,
        sentenceIndex: mention.sentence,
        distance: daysBucket(receivedOn, mention.date),
        sentence: tokens(folded),
        cues: cueNames(cues[mention.sentence]),
      },
    };
  });
}

export function analyseReply(input: { text: string; receivedOn: IsoDate; language?: Language }): ReplyAnalysis {
  const thread = cleanText(htmlToText(String(input?.text ?? '').slice(0, threadLimit)));
  const newText = stripSignature(stripQuotedHistory(thread)).slice(0, newTextLimit);
  const language: Language = input?.language === 'fr' || input?.language === 'en' ? input.language : detectLanguage(newText || thread);
  const invoiceNumbers = findInvoiceNumbers(thread);
  const sentences = splitSentences(newText);
  const monthFirst = writesMonthFirst(thread, language);
  const vocabulary = compiledVocabulary(language);
  const cues = sentences.slice(0, datedSentenceLimit).map((sentence) => classifySentence(sentence, vocabulary));
  const receivedOn = isIsoDate(input?.receivedOn) ? input.receivedOn : undefined;
  const dates = receivedOn
    ? { forward: locate(sentences, cues, receivedOn, language, monthFirst, 'forward'), backward: locate(sentences, cues, receivedOn, language, monthFirst, 'backward') }
    : { forward: [], backward: [] };
  const firstWritten = sentences.findIndex((sentence) => !isGreeting(sentence));
  const named = [...dates.forward, ...dates.backward.filter((mention) => mention.date !== receivedOn)]
    .filter((mention) => !mention.refersToDocument)
    .map((mention) => ({ date: mention.date, before: mention.candidate.before[mention.candidate.before.length - 1] ?? '<s>', kind: mention.candidate.own.join('_') }));
  // The phrase lists read dates too: the same caps keep their cost linear.
  const capped = sentences.slice(0, cues.length).map((sentence) => ({ text: sentence.text, folded: sentence.folded.slice(0, datedLengthLimit) }));
  const rules = receivedOn ? ruleReading({ language, receivedOn, sentences: capped, cues, monthFirst }) : { intent: 'no-commitment' as const };
  const featureNames = replyFeatureNames({
    sentences: sentences.map((sentence) => sentence.folded),
    written: newText.slice(0, 2000),
    receivedOn: receivedOn ?? '2000-01-01',
    dates: named,
    language,
    cues: cues.map((sentenceCues, index) => ({ names: cueNames(sentenceCues), first: index === firstWritten })),
  });
  featureNames.push(`rule:${rules.intent}`, `rule:${rules.intent}:${rules.date ? 'dated' : rules.undated ? 'undated' : 'none'}`);
  const cueKinds = new Set(cues.flatMap(cueNames));
  return { language, receivedOn, invoiceNumbers, newText, sentences, hasCue: cueKinds.size > 0, cueKinds, monthFirst, dates, featureNames };
}
