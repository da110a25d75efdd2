/**
 * Which kind of label stands closest before a value: in "Total HT 1 000,00 € TVA 200,00 € Total
 * TTC 1 200,00 €" each amount takes the label right before it. At equal distance the longer
 * label wins, so "total ht" beats "total" and "date d'échéance" beats "date".
 */
export function closestLabel<Kind extends string>(before: string, labels: Record<Kind, RegExp>): Kind | undefined {
  let best: { kind: Kind; end: number; length: number } | undefined;
  for (const kind of Object.keys(labels) as Kind[]) {
    const pattern = labels[kind];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(before); match; match = pattern.exec(before)) {
      if (match[0] === '') {
        pattern.lastIndex += 1;
        continue;
      }
      const end = match.index + match[0].length;
      if (!best || end > best.end || (end === best.end && match[0].length > best.length)) best = { kind, end, length: match[0].length };
    }
    pattern.lastIndex = 0;
  }
  // A label far from its value belongs to something else.
  return best && before.length - best.end <= 30 ? best.kind : undefined;
}
