/** The cues one sentence carries, read from the vocabulary of the reply's language. */
import type { Sentence } from './split-sentences';
import type { CompiledVocabulary } from './vocabulary/compile-vocabulary';

export type SentenceCues = {
  outOfOffice: boolean;
  dispute: boolean;
  missingDocuments: boolean;
  paymentPlan: boolean;
  paid: boolean;
  promise: boolean;
  /** A word of payment, not negated: with a date to come it makes a promise. */
  payment: boolean;
  conditional: boolean;
  noCommitment: boolean;
};

/** How far before a cue a negation still applies: "n'avons pas encore" reaches "réglé". */
const negationReach = 25;

/** True when the pattern (global) matches somewhere not just after a negation. */
function matchesUnnegated(pattern: RegExp, folded: string, negation: RegExp): boolean {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
    if (match[0] === '') pattern.lastIndex += 1;
    if (!negation.test(folded.slice(Math.max(0, match.index - negationReach), match.index))) {
      pattern.lastIndex = 0;
      return true;
    }
  }
  return false;
}

export function classifySentence(sentence: Sentence, vocabulary: CompiledVocabulary): SentenceCues {
  const text = sentence.folded;
  const intents = vocabulary.intents;
  const negation = vocabulary.negationBefore;
  return {
    outOfOffice: intents.outOfOffice.test(text),
    dispute: intents.dispute.test(text),
    missingDocuments: intents.missingDocuments.test(text),
    paymentPlan: intents.paymentPlan.test(text),
    paid: matchesUnnegated(intents.paid, text, negation),
    promise: matchesUnnegated(intents.promise, text, negation),
    payment: matchesUnnegated(vocabulary.paymentWords, text, negation),
    conditional: vocabulary.conditions.test(text),
    noCommitment: intents.noCommitment.test(text),
  };
}

/** A sentence that says something readReply acts on, other than a bare date. */
export function hasIntentCue(cues: SentenceCues): boolean {
  return cues.outOfOffice || cues.dispute || cues.missingDocuments || cues.paymentPlan || cues.paid || cues.promise || cues.noCommitment;
}
