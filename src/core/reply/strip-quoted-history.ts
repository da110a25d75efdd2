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

/** Outlook and forwarded headers: a "From:" line followed closely by other headers. */
const headerFrom = /^\*?(?:de|from|expediteur)\s*(?:\*\s*)?:/;
const headerOther = /^\*?(?:envoye|sent|date|a|to|objet|subject|cc)\s*(?:\*\s*)?:/;
const headerReach = 5;

/**
 * How many lines of a mail header block ("From: / Sent: / To: / Subject:") start at `index` of
 * the folded lines, or 0. Its dates are when a mail was sent, never a fact of the reply or invoice.
 */
export function mailHeaderLength(folded: (index: number) => string, index: number, count: number): number {
  if (!headerFrom.test(folded(index))) return 0;
  let last = index;
  for (let next = index + 1; next < Math.min(last + headerReach, count); next++) if (headerOther.test(folded(next))) last = next;
  return last > index ? last - index + 1 : 0;
}

/** Every opening line holds a colon or starts with ">", "-" or "_": the others need no closer look. */
const mayOpenQuote = /:|^\s*[>_-]/;

/** The lines of a mail, folded only when looked at: most lines of a long thread never are. */
class FoldedLines {
  private readonly folded: string[] = [];

  constructor(private readonly lines: string[]) {}

  // Not named `at`: the Gmail build refuses `.at(` as Array.prototype.at (ES2022).
  line(index: number): string {
    return (this.folded[index] ??= normalizeForMatching(this.lines[index] ?? ''));
  }
}

function attributionFirstLine(lines: FoldedLines, end: number): number {
  for (let index = end; index > end - attributionSpan && index >= 0; index--) {
    const line = lines.line(index);
    if (attributionStart.test(line)) return index;
    if (index < end && /[.!?]$/.test(line)) break;
  }
  return end;
}

function quoteStart(lines: FoldedLines, index: number, count: number): number | undefined {
  const line = lines.line(index);
  if (line.startsWith('>')) return index;
  if (separators.some((separator) => separator.test(line))) return index;
  if (attributionEnd.test(line)) return attributionFirstLine(lines, index);
  if (mailHeaderLength((at) => lines.line(at), index, count) > 0) return index;
  return undefined;
}

export function stripQuotedHistory(text: string): string {
  const lines = text.split('\n');
  const folded = new FoldedLines(lines);
  for (let index = 0; index < lines.length; index++) {
    if (!mayOpenQuote.test(lines[index] ?? '')) continue;
    const start = quoteStart(folded, index, lines.length);
    if (start !== undefined) return lines.slice(0, start).join('\n').trimEnd();
  }
  return text.trimEnd();
}
