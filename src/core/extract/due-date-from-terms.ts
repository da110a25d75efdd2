/**
 * The due date that payment terms give from the issue date: "Net 30", "paiement à 30 jours",
 * "payable à réception". "45 jours fin de mois" is counted both ways French practice accepts
 * (days, then the month's end; or the month's end, then days) and kept only when both agree:
 * a wrong due date is worse than none.
 */
import { addDays } from '../dates/add-days';
import { fromDayNumber, toDayNumber } from '../dates/day-number';
import type { IsoDate } from '../model/iso-date';
import { invoiceVocabulary } from './compiled-invoice-vocabulary';
import type { TextLine } from './text-lines';

/** "30 jours fin de mois", "30 jours fdm", "30 days end of month", "net 30 EOM": the count captured. */
const daysThenMonthEnd = /(?:net ?)?(\d{1,3}) ?(?:jours|j|days)?(?: nets?)? (?:fin de mois|fdm|end of (?:the )?month|eom)\b/;

function endOfMonth(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const firstOfNext = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return fromDayNumber(toDayNumber(firstOfNext) - 1);
}

/** The due date of "N jours fin de mois" when both ways of counting it give the same day. */
function agreedEndOfMonth(folded: string, issueDate: IsoDate): IsoDate | undefined {
  const days = Number(daysThenMonthEnd.exec(folded)?.[1]);
  if (!(days > 0 && days <= 120)) return undefined;
  const daysFirst = endOfMonth(addDays(issueDate, days));
  const monthEndFirst = addDays(endOfMonth(issueDate), days);
  return daysFirst === monthEndFirst ? daysFirst : undefined;
}

export function dueDateFromTerms(lines: TextLine[], issueDate: IsoDate): IsoDate | undefined {
  for (const { folded } of lines) {
    if (invoiceVocabulary.ambiguousTerms.test(folded)) {
      const agreed = agreedEndOfMonth(folded, issueDate);
      if (agreed) return agreed;
      continue;
    }
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
