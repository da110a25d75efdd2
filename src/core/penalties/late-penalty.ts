/**
 * Late-payment penalties on one invoice today, period by period: simple interest from the day after
 * the due date to today, each stretch at its own rate and on its own principal, then added, plus the
 * fixed recovery indemnity. France splits the delay at each half-year (each has its own rate); the UK
 * and French public bodies keep one rate throughout. When the dates of partial payments are known,
 * interest runs on the whole amount until each payment and on what remains after it; when they are
 * not, it runs on the amount still due for the whole delay, which never claims more than the law allows.
 * Each period is rounded to the minor unit, so the statement adds up to the total it shows.
 */
import { addDays } from '../dates/add-days';
import { daysBetween } from '../dates/days-between';
import type { PartialPayment } from '../model/follow-up-history';
import type { Invoice } from '../model/invoice';
import type { IsoDate } from '../model/iso-date';
import type { Money } from '../model/money';
import type { PenaltyTerms } from '../model/penalty-terms';
import { fromMinorUnits, toMinorUnits } from '../money/to-minor-units';
import { validatePenaltyInput } from '../validation/validate-penalty-input';
import { halfYearEnd, halfYearStart } from './half-year';
import { checkContractualFloor, periodRate, rateBasis, rateIsFixed, type RateBasis } from './period-rate';
import { recoveryIndemnity } from './recovery-indemnity';
import { referenceRates, type ReferenceRates } from './reference-rates';

/** A stretch of the delay with one principal and one rate: `from` and `to` are both counted. */
export type PenaltyPeriod = { from: IsoDate; to: IsoDate; days: number; principal: Money; ratePercent: number; interest: Money };

export type LatePenalty = {
  days: number;
  interest: Money;
  indemnity: Money;
  total: Money;
  periods: PenaltyPeriod[];
  /** Interest that accrues each further day on what is still due (the UK letters must state it). */
  dailyInterest: Money;
  basis: RateBasis;
};

export type LatePenaltyInput = {
  invoice: Invoice;
  today: IsoDate;
  terms: PenaltyTerms;
  payments?: PartialPayment[];
  rates?: ReferenceRates;
};

type Stretch = { from: IsoDate; to: IsoDate; principal: number };

/** The delay cut at each payment (the principal changes the day after) and, when asked, at each half-year. */
function stretches(firstDay: IsoDate, lastDay: IsoDate, principal: number, payments: PartialPayment[], byHalfYear: boolean): Stretch[] {
  const cuts = new Map<IsoDate, number>(); // last day of a stretch -> what is paid off at its end
  for (const payment of payments) {
    const end = payment.on < firstDay ? addDays(firstDay, -1) : payment.on;
    cuts.set(end, (cuts.get(end) ?? 0) + toMinorUnits(payment.amount));
  }
  let owed = principal - (cuts.get(addDays(firstDay, -1)) ?? 0);
  const result: Stretch[] = [];
  let from = firstDay;
  while (from <= lastDay) {
    let to = lastDay;
    if (byHalfYear && halfYearEnd(from) < to) to = halfYearEnd(from);
    for (const end of cuts.keys()) if (end >= from && end < to) to = end;
    result.push({ from, to, principal: owed });
    owed -= cuts.get(to) ?? 0;
    from = addDays(to, 1);
  }
  return result;
}

export function latePenalty(input: LatePenaltyInput): LatePenalty {
  validatePenaltyInput(input);
  const { invoice, today, terms } = input;
  const rates = input.rates ?? referenceRates;
  const due = invoice.amountDue ?? invoice.amount;
  const currency = due.currency;
  const zero = fromMinorUnits(0, currency);
  const days = Math.max(0, daysBetween(invoice.dueDate, today));
  const basis = rateBasis(terms);
  if (days === 0 || toMinorUnits(due) === 0) return { days, interest: zero, indemnity: zero, total: zero, periods: [], dailyInterest: zero, basis };

  const indemnity = recoveryIndemnity(terms.jurisdiction, due);
  const payments = (input.payments ?? []).filter((payment) => payment.on <= today).sort((a, b) => a.on.localeCompare(b.on));
  const firstDay = addDays(invoice.dueDate, 1);
  const principal = payments.length > 0 ? toMinorUnits(invoice.amount) : toMinorUnits(due);
  const fixed = rateIsFixed(terms);
  const parts = stretches(firstDay, today, principal, payments, !fixed).filter((part) => part.principal > 0);
  if (basis === 'contractual') {
    const starts = new Set<IsoDate>();
    for (let day = halfYearStart(firstDay); day <= today; day = addDays(halfYearEnd(day), 1)) starts.add(day);
    checkContractualFloor(terms, rates, [...starts]);
  }

  let interestUnits = 0;
  let lastRate = 0;
  const periods: PenaltyPeriod[] = parts.map((part) => {
    const periodDays = daysBetween(part.from, part.to) + 1;
    const ratePercent = periodRate(terms, rates, invoice.dueDate, part.from, firstDay);
    const units = Math.round((part.principal * ratePercent * periodDays) / (100 * 365));
    interestUnits += units;
    lastRate = ratePercent;
    return {
      from: part.from,
      to: part.to,
      days: periodDays,
      principal: fromMinorUnits(part.principal, currency),
      ratePercent,
      interest: fromMinorUnits(units, currency),
    };
  });
  const owedNow = toMinorUnits(due);
  return {
    days,
    interest: fromMinorUnits(interestUnits, currency),
    indemnity,
    total: fromMinorUnits(interestUnits + toMinorUnits(indemnity), currency),
    periods,
    dailyInterest: fromMinorUnits(Math.round((owedNow * lastRate) / (100 * 365)), currency),
    basis,
  };
}
