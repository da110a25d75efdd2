/**
 * The lines of an invoice mail, as written and folded, with the label a tabular layout puts on the
 * line above. The header blocks of forwarded mails are left out: their "Date :" is when a mail
 * was sent, not when the invoice was issued.
 */
import { normalizeForMatching } from '../reply/normalize-for-matching';
import { mailHeaderLength } from '../reply/strip-quoted-history';

export type TextLine = { text: string; folded: string; above: string };

/** A line above counts as a label when it is short and holds no figure of its own. */
const labelLineLimit = 40;

export function textLines(text: string): TextLine[] {
  const raws = text.split('\n');
  const foldedLines = raws.map((raw) => normalizeForMatching(raw));
  const lines: TextLine[] = [];
  let previous = '';
  for (let index = 0; index < raws.length; index++) {
    const header = mailHeaderLength((at) => foldedLines[at] ?? '', index, raws.length);
    if (header > 0) {
      index += header - 1;
      previous = '';
      continue;
    }
    const raw = raws[index] ?? '';
    const folded = foldedLines[index] ?? '';
    if (!folded) continue;
    lines.push({ text: raw, folded, above: previous.length <= labelLineLimit && !/\d/.test(previous) ? previous : '' });
    previous = folded;
  }
  return lines;
}
