/**
 * The new text of a reply, without the history quoted below it. Our own reminder is quoted there,
 * with its dates and amounts: the client commits only to what it wrote above it.
 */
import { normalizeForMatching } from './normalize-for-matching';

/** Lines that open a quoted or forwarded message whatever follows them. */
const separators = [
  /^-{2,}\s*(?:original message|message d'origine|message original|forwarded message|message transfere|message reexpedie)\s*-{2,}$/,
  /^(?:debut du message reexpedie|begin forwarded message)\s*:?$/,
  /^_{8,}$/,
];

/** Gmail, Apple Mail and Thunderbird: "Le lun. 9 mars 2026 à 10:14, Claire <…> a écrit :", "On … wrote:". */
const attributionEnd = /(?:a ecrit|wrote)\s*:$/;
const attributionStart = /^(?:le|on) \S/;
/** A long attribution is wrapped over at most three lines. */
const attributionSpan = 3;

/** Outlook and forwarded headers: a "From:" line followed closely by another header. */
const headerFrom = /^\*?(?:de|from|expediteur)\s*\*?\s*:/;
const headerOther = /^\*?(?:envoye|sent|date|a|to|objet|subject|cc)\s*\*?\s*:/;

function attributionFirstLine(lines: string[], end: number): number {
  for (let index = end; index > end - attributionSpan && index >= 0; index--) {
    const line = lines[index] ?? '';
    if (attributionStart.test(line)) return index;
    if (index < end && /[.!?]$/.test(line)) break;
  }
  return end;
}

function quoteStart(lines: string[], index: number): number | undefined {
  const line = lines[index] ?? '';
  if (line.startsWith('>')) return index;
  if (separators.some((separator) => separator.test(line))) return index;
  if (attributionEnd.test(line)) return attributionFirstLine(lines, index);
  if (headerFrom.test(line) && lines.slice(index + 1, index + 5).some((next) => headerOther.test(next))) return index;
  return undefined;
}

export function stripQuotedHistory(text: string): string {
  const lines = text.split('\n');
  const folded = lines.map((line) => normalizeForMatching(line));
  for (let index = 0; index < folded.length; index++) {
    const start = quoteStart(folded, index);
    if (start !== undefined) return lines.slice(0, start).join('\n').trimEnd();
  }
  return text.trimEnd();
}
