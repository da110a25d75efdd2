/** The lines of an invoice mail, as written and folded, with the label a tabular layout puts on the line above. */
import { normalizeForMatching } from '../reply/normalize-for-matching';

export type TextLine = { text: string; folded: string; above: string };

/** A line above counts as a label when it is short and holds no figure of its own. */
const labelLineLimit = 40;

export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let previous = '';
  for (const raw of text.split('\n')) {
    const folded = normalizeForMatching(raw);
    if (!folded) continue;
    lines.push({ text: raw, folded, above: previous.length <= labelLineLimit && !/\d/.test(previous) ? previous : '' });
    previous = folded;
  }
  return lines;
}
