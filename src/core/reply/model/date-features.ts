/**
 * What the date model sees of one date a reply names: the words of its clause before and after it
 * (a payment verb, a negation, "plutôt", "fermés"), its own words, where it stands among the
 * reply's dates, whether it names a document, and how far it lies from the reply.
 */
import { hashFeature } from './hash-feature';

export type DateCandidate = {
  /** Words of the sentence before the date, in order, clause marks included. */
  before: string[];
  after: string[];
  own: string[];
  refersToDocument: boolean;
  isRange: boolean;
  /** Order among the reply's candidate dates: 0 is the first. */
  rank: number;
  of: number;
  sentenceIndex: number;
  distance: string;
  /** Words of the whole sentence. */
  sentence: string[];
  /** The domain's cue words in the date's sentence ("paid", "promise", "conditional"…). */
  cues: string[];
};

const clauseMarks = new Set([',', ';', ':', '(', ')']);
const reach = 6;

/** The words of the clause next to the date, nearest first. */
function clause(words: string[], fromEnd: boolean): string[] {
  const ordered = fromEnd ? [...words].reverse() : words;
  const out: string[] = [];
  for (const word of ordered) {
    if (clauseMarks.has(word) || out.length >= reach) break;
    out.push(word);
  }
  return out;
}

export function dateFeatureNames(candidate: DateCandidate): string[] {
  const before = clause(candidate.before, true);
  const after = clause(candidate.after, false);
  const names = ['bias'];
  before.forEach((word, index) => names.push(index < 2 ? `b${index}:${word}` : `bb:${word}`));
  after.forEach((word, index) => names.push(index < 2 ? `a${index}:${word}` : `aa:${word}`));
  if (before[0] && before[1]) names.push(`bp:${before[1]}_${before[0]}`);
  for (const word of candidate.before.slice(-12)) names.push(`sb:${word}`);
  for (const word of candidate.after.slice(0, 8)) names.push(`sa:${word}`);
  for (const word of candidate.own) names.push(`o:${word}`);
  if (candidate.refersToDocument) names.push('doc');
  for (const cue of candidate.cues) names.push(`cue:${cue}`);
  if (candidate.isRange) names.push('range');
  if (candidate.before.slice(-reach).some((word) => clauseMarks.has(word))) names.push('clause-start');
  names.push(
    candidate.of === 1 ? 'only' : candidate.rank === 0 ? 'first' : candidate.rank === candidate.of - 1 ? 'last' : 'middle',
    `sentence:${Math.min(candidate.sentenceIndex, 4)}`,
    `distance:${candidate.distance}`,
  );
  return names;
}

export function dateFeatures(candidate: DateCandidate, buckets: number): number[] {
  return dateFeatureNames(candidate).map((name) => hashFeature(name, buckets));
}
