/**
 * The sentences of a reply, each as written (for the evidence) and folded (for matching).
 * Lines are units too: mail clients rarely wrap, and short replies often have no punctuation.
 */
import { normalizeForMatching } from './normalize-for-matching';

export type Sentence = { text: string; folded: string };

/** "Bonjour Madame, le virement partira le 15.": the salutation is its own sentence, not part of the evidence. */
const leadingGreeting = /^((?:bonjour|bonsoir|hello|hi|dear|hey|good (?:morning|afternoon))\b[^,.!?\n]{0,40}[,!])\s+(?=\S)/iu;

/** A sentence ends at . ! ? followed by a space… */
const boundary = /(?<=[.!?])\s+/u;
/** …except after a one-letter abbreviation such as "M." or "n°.": the piece then joins the next one. */
const abbreviationEnd = /(?:^|\s)[^\s.!?]?\.$/u;

function splitLine(line: string): string[] {
  const pieces: string[] = [];
  for (const piece of line.split(boundary)) {
    const last = pieces[pieces.length - 1];
    if (last !== undefined && abbreviationEnd.test(last)) pieces[pieces.length - 1] = `${last} ${piece}`;
    else pieces.push(piece);
  }
  return pieces;
}

const greeting = /^(?:bonjour|bonsoir|hello|hi|dear|madame|monsieur|cher|chere|hey|good (?:morning|afternoon)|morning)(?: [\p{L}.'-]+){0,3}[,.!]?$/u;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of text.split('\n')) {
    const salutation = leadingGreeting.exec(line.trim());
    const pieces = salutation ? [salutation[1] ?? '', ...splitLine(line.trim().slice(salutation[0].length))] : splitLine(line);
    for (const piece of pieces) {
      const written = piece.replace(/\s+/g, ' ').trim();
      if (!/[\p{L}\p{N}]/u.test(written)) continue;
      sentences.push({ text: written, folded: normalizeForMatching(written) });
    }
  }
  return sentences;
}

/** A salutation alone ("Bonjour Madame,", "Hi Tom,"): never the sentence that decides. */
export function isGreeting(sentence: Sentence): boolean {
  return greeting.test(sentence.folded);
}
