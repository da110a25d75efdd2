/** A language's vocabulary as ready-to-run regular expressions, built once per language. */
import type { Language } from '../../model/language';
import { enVocabulary } from './en';
import { frVocabulary } from './fr';
import type { IntentCues, ReplyVocabulary } from './reply-vocabulary';

export type CompiledVocabulary = {
  source: ReplyVocabulary;
  intents: Record<keyof IntentCues, RegExp>;
  paymentWords: RegExp;
  conditions: RegExp;
  /** Tested on the few words just before a cue. */
  negationBefore: RegExp;
  /** Tested on the text just before a date. */
  documentReferenceBefore: RegExp;
  returnMarkerBefore: RegExp;
  openingHours: RegExp;
  /** Digits, month and weekday names, and the other words every date expression needs. */
  dateHint: RegExp;
  lastDayMarkerBefore: RegExp;
  lastDayMarkerAfter: RegExp;
  /** A date that writes its month: a month's name, or digits around a separator ("15/03"). */
  monthWritten: RegExp;
};

const letterOrDigit = '[\\p{L}\\p{N}]';

/** Any of the phrases, as whole words: "paye" must not match inside "payement". */
export function anyPhrase(phrases: string[], flags = 'u'): RegExp {
  return new RegExp(`(?<!${letterOrDigit})(?:${phrases.join('|')})(?:(?<=['\\s])|(?!${letterOrDigit}))`, flags);
}

function endingWith(phrases: string[]): RegExp {
  return new RegExp(`(?<!${letterOrDigit})(?:${phrases.join('|')})\\s*$`, 'u');
}

function compile(vocabulary: ReplyVocabulary): CompiledVocabulary {
  const cues = vocabulary.intents;
  return {
    source: vocabulary,
    intents: {
      outOfOffice: anyPhrase(cues.outOfOffice),
      dispute: anyPhrase(cues.dispute),
      missingDocuments: anyPhrase(cues.missingDocuments),
      paymentPlan: anyPhrase(cues.paymentPlan),
      paid: anyPhrase(cues.paid, 'gu'),
      promise: anyPhrase(cues.promise, 'gu'),
      noCommitment: anyPhrase(cues.noCommitment),
    },
    paymentWords: anyPhrase(vocabulary.paymentWords, 'gu'),
    conditions: anyPhrase(vocabulary.conditions),
    negationBefore: anyPhrase(vocabulary.negations),
    documentReferenceBefore: endingWith(vocabulary.documentReferences),
    returnMarkerBefore: endingWith(vocabulary.returnMarkers),
    openingHours: anyPhrase(vocabulary.openingHours),
    dateHint: new RegExp(`\\d|${anyPhrase([...vocabulary.dates.hints, ...Object.keys(vocabulary.dates.months), ...vocabulary.dates.weekdays]).source}`, 'u'),
    lastDayMarkerBefore: endingWith(vocabulary.lastDayMarkers),
    monthWritten: new RegExp(`\\d[./-]\\d|${anyPhrase(Object.keys(vocabulary.dates.months)).source}`, 'u'),
    lastDayMarkerAfter: new RegExp(`^\\s*[,(]?\\s*(?:${vocabulary.lastDayMarkers.join('|')})(?![\\p{L}\\p{N}])`, 'u'),
  };
}

const compiled: Record<Language, CompiledVocabulary> = { fr: compile(frVocabulary), en: compile(enVocabulary) };

export function compiledVocabulary(language: Language): CompiledVocabulary {
  return compiled[language];
}
