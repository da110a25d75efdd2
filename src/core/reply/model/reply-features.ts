/**
 * What the reply model sees of a reply's new text: folded words, word pairs, the character
 * 4-grams of each word (so "reglee", "réglé" and "regle" share most of their grams), words under
 * a negation, the dates it names (ahead of or behind the reply) and a few signs of form.
 * The names only matter through their hash, so adding a kind of feature retrains nothing else.
 */
import type { IsoDate } from '../../model/iso-date';
import { daysBetween } from '../../dates/days-between';

export type ReplyFeatureInput = {
  /** The folded sentences of the new text. */
  sentences: string[];
  /** The new text as written, to see capitals. */
  written: string;
  receivedOn: IsoDate;
  /** Dates named by the new text, with the word just before each. */
  dates: Array<{ date: IsoDate; before: string; kind: string }>;
  language: string;
  /** The domain's cue words found in each sentence, and whether it is the first written one. */
  cues?: Array<{ names: string[]; first: boolean }>;
};

const negations = new Set(['ne', "n'", 'pas', 'not', 'no', 'never', 'jamais', 'aucun', 'aucune', 'rien', 'sans', 'without', 'plus', "don't", "didn't", "haven't", "hasn't", "can't", "won't", 'cannot', "isn't", "wasn't", "aren't", 'nor', 'ni', 'non']);
/** A negation reaches the end of its clause. */
const clauseEnds = new Set([',', ';', ':', '(', ')', 'mais', 'but', 'et', 'and', 'car', 'because', 'so', 'donc']);
const maxWords = 400;
const stemLength = 7;
const withGrams = false;
const withPairs = false;

/** The English negative contractions whose stem is not the verb written out. */
const shortNegatives: Record<string, string> = { wo: 'will', ca: 'can', sha: 'shall' };

/** A word as the model reads it: numbers by their shape, so "le 15" and "le 22" look alike. */
export function wordShape(token: string): string {
  if (!/\d/.test(token)) return token;
  if (/^\d{1,2}(?:er|e|eme|st|nd|rd|th)?$/.test(token)) return '<day>';
  if (/^\d{4}$/.test(token)) return '<year>';
  return /[a-z]/.test(token) ? '<ref>' : '<num>';
}

/** A word cut to its first letters, so "reglee", "reglement" and "regler" meet: clients conjugate freely. */
export function stem(token: string): string {
  return token.length > stemLength ? token.slice(0, stemLength) : token;
}

/** The words and clause marks of a folded sentence, in order. */
export function tokens(folded: string): string[] {
  const out: string[] = [];
  for (const match of folded.matchAll(/[a-z0-9]+(?:['-][a-z0-9]+)*|[,;:()]/g)) {
    let token = match[0];
    // "n'avons", "l'avoir", "d'ici": the elided article is a word of its own.
    const elided = /^([a-z]')(.+)$/.exec(token);
    if (elided) {
      out.push(elided[1] ?? '');
      token = elided[2] ?? '';
    }
    // "we'll", "I'll", "it'll": the tense is a word of its own, whoever the subject; "haven't" is "have" + "not".
    const apostrophe = token.includes("'");
    const negative = apostrophe ? /^([a-z]+)n't$/.exec(token) : null;
    const clitic = apostrophe && !negative ? /^([a-z]+)'(ll|ve|re|[dms])$/.exec(token) : null;
    if (negative) out.push(shortNegatives[negative[1] ?? ''] ?? negative[1] ?? '', 'not');
    else if (clitic) out.push(clitic[1] ?? '', `'${clitic[2] ?? ''}`);
    else out.push(wordShape(token));
  }
  return out;
}

export function daysBucket(receivedOn: IsoDate, date: IsoDate): string {
  if (date === receivedOn) return 'today';
  const future = date > receivedOn;
  const days = Math.abs(daysBetween(receivedOn, date));
  const size = days <= 1 ? '1' : days <= 7 ? 'week' : days <= 31 ? 'month' : days <= 120 ? 'quarter' : 'far';
  return `${future ? 'future' : 'past'}-${size}`;
}

export function replyFeatureNames(input: ReplyFeatureInput): string[] {
  const names: string[] = [`lang:${input.language}`];
  let count = 0;
  input.sentences.forEach((sentence, index) => {
    const opening = input.cues?.[index]?.first === true;
    const words = tokens(sentence);
    let negated = false;
    let previous = '<s>';
    for (const token of words) {
      if (count++ > maxWords) break;
      if (clauseEnds.has(token)) {
        negated = false;
        previous = '<s>';
        continue;
      }
      // Under a negation a word reads as its own opposite ("not paid"), as in Das and Chen's NOT_ marking.
      names.push(negated ? `n:${stem(token)}` : `w:${stem(token)}`);
      // The first sentence after the greeting usually says what the reply is about.
      if (opening) names.push(`${negated ? 'fn' : 'f'}:${stem(token)}`);
      if (withPairs) names.push(`b:${previous}_${token}`);
      if (negations.has(token)) negated = true;
      if (withGrams && token.length >= 4 && !token.startsWith('<')) {
        const padded = `^${token}$`;
        for (let start = 0; start + 4 <= padded.length; start++) names.push(`c:${padded.slice(start, start + 4)}`);
      }
      previous = token;
    }
    if (withPairs) names.push(`b:${previous}_</s>`);
  });
  for (const mention of input.dates) {
    const when = daysBucket(input.receivedOn, mention.date);
    names.push(`d:${when}`, `d:${when.split('-')[0]}`, `dk:${mention.kind}`, `db:${mention.before}_${when.split('-')[0]}`);
  }
  if (input.dates.length === 0) names.push('d:none');
  for (const sentence of input.cues ?? []) {
    for (const cue of sentence.names) names.push(`cue:${cue}`, ...(sentence.first ? [`cue1:${cue}`] : []));
  }
  // Not one word of the trade: whatever else the reply says, it is unlikely to commit to anything.
  if (!(input.cues ?? []).some((sentence) => sentence.names.length > 0)) names.push('cue:none');
  const letters = input.written.replace(/\P{L}/gu, '');
  const capitals = letters.replace(/\P{Lu}/gu, '').length;
  if (letters.length >= 20 && capitals / letters.length > 0.6) names.push('form:capitals');
  names.push(`form:words-${count < 6 ? 'few' : count < 20 ? 'some' : count < 60 ? 'many' : 'lots'}`);
  return names;
}


