/**
 * Late-payment penalties on one invoice today: simple interest for each day from the day after the
 * due date to today, plus the fixed recovery indemnity. Computed in minor units, rounded once.
 * When the dates of partial payments are known, interest runs on the whole amount until each
 * payment and on what remains after it (Code de commerce practice, and what users ask for); when
 * they are not, it runs on the amount still due for the whole period, which never claims more than
 * the law allows.
 */
import { daysBetween } from '../dates/days-between';
import type { PartialPayment } from '../model/follow-up-history';
import type { Invoice } from '../model/invoice';
import type { IsoDate } from '../model/iso-date';
import type { Money } from '../model/money';
import type { PenaltyTerms } from '../model/penalty-terms';
import { fromMinorUnits, toMinorUnits } from '../money/to-minor-units';
import { recoveryIndemnity } from './recovery-indemnity';

export type LatePenalty = { days: number; interest: Money; indemnity: Money; total: Money };

/** Interest in (unrounded) minor units on `principal` over `days` at `ratePercent` a year. */
function interestOn(principal: number, days: number, ratePercent: number): number {
  return days > 0 && principal > 0 ? (principal * ratePercent * days) / (100 * 365) : 0;
}

export function latePenalty(input: { invoice: Invoice; today: IsoDate; terms: PenaltyTerms; payments?: PartialPayment[] }): LatePenalty {
  const { invoice, today, terms } = input;
  const due = invoice.amountDue ?? invoice.amount;
  const currency = due.currency;
  const days = Math.max(0, daysBetween(invoice.dueDate, today));
  if (days === 0 || toMinorUnits(due) === 0) {
    const zero = fromMinorUnits(0, currency);
    return { days, interest: zero, indemnity: zero, total: zero };
  }
  let exactInterest: number;
  const payments = (input.payments ?? []).filter((payment) => payment.on <= today).sort((a, b) => a.on.localeCompare(b.on));
  if (payments.length === 0) {
    exactInterest = interestOn(toMinorUnits(due), days, terms.annualRatePercent);
  } else {
    let principal = toMinorUnits(invoice.amount);
    let from = invoice.dueDate;
    exactInterest = 0;
    for (const payment of payments) {
      if (payment.on > from) {
        exactInterest += interestOn(principal, daysBetween(from, payment.on), terms.annualRatePercent);
        from = payment.on;
      }
      principal -= toMinorUnits(payment.amount);
    }
    exactInterest += interestOn(principal, daysBetween(from, today), terms.annualRatePercent);
  }
  const indemnity = recoveryIndemnity(terms.jurisdiction, due);
  const interestUnits = Math.round(exactInterest);
  return {
    days,
    interest: fromMinorUnits(interestUnits, currency),
    indemnity,
    total: fromMinorUnits(interestUnits + toMinorUnits(indemnity), currency),
  };
}
