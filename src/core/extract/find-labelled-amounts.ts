/** The amounts of an invoice mail, each with what its label makes it: excl. or incl. tax, tax, due, paid. */
import type { Money } from '../model/money';
import { findAmounts } from '../reply/find-amounts';
import { normalizeForMatching } from '../reply/normalize-for-matching';
import { closestLabel } from './closest-label';
import { invoiceVocabulary } from './compiled-invoice-vocabulary';
import type { TextLine } from './text-lines';
import type { AmountKind } from './vocabulary/invoice-vocabulary';

export type LabelledAmount = { money: Money; kind: AmountKind | 'plain' };

/**
 * "1 000,00 € HT" qualifies the amount before it; in "€6,000.00 (excl. VAT €5,000.00)" the words
 * label the amount that follows them instead.
 */
function qualifies(suffix: RegExp, after: string): boolean {
  const match = suffix.exec(after);
  return match !== null && !/^[\s:=]*[€£$\d]/u.test(after.slice(match[0].length));
}

export function findLabelledAmounts(lines: TextLine[]): LabelledAmount[] {
  const found: LabelledAmount[] = [];
  for (const line of lines) {
    let from = 0;
    for (const mention of findAmounts(line.text)) {
      const before = normalizeForMatching(line.text.slice(from, mention.index));
      const after = normalizeForMatching(line.text.slice(mention.index + mention.length, mention.index + mention.length + 30));
      from = mention.index + mention.length;
      const label = /^[\s:.,;=*-]*$/.test(before) && line.above ? line.above : before;
      let kind: AmountKind | 'plain' = closestLabel(label, invoiceVocabulary.amountLabels) ?? 'plain';
      if (qualifies(invoiceVocabulary.amountSuffixes.excl, after)) kind = kind === 'tax' ? 'tax' : 'excl';
      else if (qualifies(invoiceVocabulary.amountSuffixes.incl, after) && kind !== 'due' && kind !== 'paid' && kind !== 'tax') kind = 'incl';
      found.push({ money: mention.money, kind });
    }
  }
  return found;
}
