/**
 * The due date that payment terms give from the issue date: "Net 30", "paiement à 30 jours",
 * "payable à réception". "45 jours fin de mois" is left alone: French law accepts two ways of
 * counting it, and a wrong due date is worse than none.
 */
import { addDays } from '../dates/add-days';
import type { IsoDate } from '../model/iso-date';
import { invoiceVocabulary } from './compiled-invoice-vocabulary';
import type { TextLine } from './text-lines';

export function dueDateFromTerms(lines: TextLine[], issueDate: IsoDate): IsoDate | undefined {
  for (const { folded } of lines) {
    if (invoiceVocabulary.ambiguousTerms.test(folded)) continue;
    if (invoiceVocabulary.termsOnReceipt.test(folded)) return issueDate;
    if (!invoiceVocabulary.termsContext.test(folded)) continue;
    const pattern = invoiceVocabulary.termsInDays;
    pattern.lastIndex = 0;
    const match = pattern.exec(folded);
    pattern.lastIndex = 0;
    const days = match?.slice(1).find((group) => group !== undefined);
    if (days !== undefined && Number(days) > 0 && Number(days) <= 120) return addDays(issueDate, Number(days));
  }
  return undefined;
}
