/**
 * Late-payment penalties on one invoice today: simple interest on the amount still due, for each day
 * from the day after the due date to today, plus the fixed recovery indemnity. Computed in minor units.
 * After a partial payment the interest runs on what remains for the whole period: we do not know the
 * date of that payment, and claiming less than the law allows is the safe side.
 */
import { daysBetween } from '../dates/days-between';
import type { Invoice } from '../model/invoice';
import type { IsoDate } from '../model/iso-date';
import type { Money } from '../model/money';
import type { PenaltyTerms } from '../model/penalty-terms';
import { fromMinorUnits, toMinorUnits } from '../money/to-minor-units';
import { recoveryIndemnity } from './recovery-indemnity';

export type LatePenalty = { days: number; interest: Money; indemnity: Money; total: Money };

export function latePenalty(input: { invoice: Invoice; today: IsoDate; terms: PenaltyTerms }): LatePenalty {
  const { invoice, today, terms } = input;
  const due = invoice.amountDue ?? invoice.amount;
  const currency = due.currency;
  const days = Math.max(0, daysBetween(invoice.dueDate, today));
  if (days === 0 || toMinorUnits(due) === 0) {
    const zero = fromMinorUnits(0, currency);
    return { days, interest: zero, indemnity: zero, total: zero };
  }
  const indemnity = recoveryIndemnity(terms.jurisdiction, due);
  const interestUnits = Math.round((toMinorUnits(due) * terms.annualRatePercent * days) / (100 * 365));
  return {
    days,
    interest: fromMinorUnits(interestUnits, currency),
    indemnity,
    total: fromMinorUnits(interestUnits + toMinorUnits(indemnity), currency),
  };
}
