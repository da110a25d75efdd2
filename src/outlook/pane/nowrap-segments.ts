/**
 * The preview's text cut into runs that may wrap and runs that must not: an invoice number after
 * its "n°" and a phone number stay on one line at the pane's 320 px ("n° F-2026-0142" would
 * otherwise break at its hyphens, "04 78 12 34 56" at its spaces).
 */
export type Segment = { text: string; nowrap: boolean };

// Each alternative starts on a fixed token and its repeats are separated by one fixed character: no two
// quantifiers can trade the same characters, so matching stays linear.
const unbreakable = /n°\s?[\w/-]+|\+?\d{1,3}(?:[ .]\d{2,4}){3,5}/gu;

export function nowrapSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(unbreakable)) {
    const at = match.index;
    if (at > last) segments.push({ text: text.slice(last, at), nowrap: false });
    segments.push({ text: match[0], nowrap: true });
    last = at + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), nowrap: false });
  return segments;
}
