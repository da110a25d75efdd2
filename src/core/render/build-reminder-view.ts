/** The values a template may use, computed and formatted once from a validated render input. */
import { addDays } from '../dates/add-days';
import { daysBetween } from '../dates/days-between';
import { addWorkingDays, nextWorkingDay } from '../dates/working-days';
import { RelanceError } from '../errors/relance-error';
import type { PartialPayment } from '../model/follow-up-history';
import type { Invoice } from '../model/invoice';
import type { Language } from '../model/language';
import type { Money } from '../model/money';
import type { Sender } from '../model/sender';
import type { Jurisdiction, PenaltyTerms } from '../model/penalty-terms';
import { formatMoney } from '../money/format-money';
import { sumMoney } from '../money/sum-money';
import { fromMinorUnits, toMinorUnits } from '../money/to-minor-units';
import { latePenalty, type LatePenalty } from '../penalties/late-penalty';
import { indemnityCurrency } from '../penalties/recovery-indemnity';
import { cleanLine } from '../text/clean-text';
import { dayCount, dayCountAhead } from './day-count';
import { formatIban } from './format-iban';
import { formatPercent } from './format-percent';
import { joinList } from './join-list';
import { lawTexts, multipleText, publicBodyTexts, smallClaimCeiling } from './law-texts';
import { letterDate } from './letter-date';
import { personView } from './person-view';
import type { RenderInput } from './render-input';
import type { InvoiceGroupView, InvoiceView, ReminderView, StatementLineView } from './reminder-view';
import { stepLabels } from './step-labels';

/** Working days a registered letter takes to reach a business: La Poste's LRAR, Royal Mail's Signed For. */
export const registeredLetterDeliveryDays: Record<Jurisdiction, number> = { FR: 3, UK: 2 };
/** The Pre-Action Protocol for Debt Claims gives an individual or sole trader 30 days to reply. */
export const debtProtocolDays = 30;

const stepsWithPenalties = new Set(['penalties-letter', 'formal-notice']);
const noBreakSpace = '\u00a0';

function optional(value: string | undefined): string | undefined {
  return (value && cleanLine(value)) || undefined;
}

function addressBlock(lines: string[] | undefined): string | undefined {
  const kept = (lines ?? []).map(cleanLine).filter(Boolean);
  return kept.length > 0 ? kept.join('\n') : undefined;
}

/** The town letters are dated from: given, or the last address line without its French postcode. */
function placeOf(city: string | undefined, address: string[] | undefined): string | undefined {
  if (city && cleanLine(city)) return cleanLine(city);
  const last = (address ?? []).map(cleanLine).filter(Boolean).pop();
  const town = last?.replace(/^(?:F-)?\d{5}\s+/, '').replace(/(?<!\s)\s+cedex(?:\s+\d+)?$/i, '');
  return town && town !== last ? town : undefined;
}

function dueOf(invoice: Invoice): Money {
  return invoice.amountDue ?? invoice.amount;
}

/** Payments received by today, oldest first: a payment dated later has not happened yet. */
function receivedBy(payments: PartialPayment[] | undefined, today: string): PartialPayment[] {
  return (payments ?? []).filter((payment) => payment.on <= today).sort((a, b) => a.on.localeCompare(b.on));
}

/** "n° F-2026-0142" must not wrap between the sign and the number, nor inside the number. */
function number(text: string): string {
  return cleanLine(text).replace(/ /g, noBreakSpace);
}

function invoiceView(invoice: Invoice, today: string, language: Language, payments: PartialPayment[]): InvoiceView {
  const due = dueOf(invoice);
  const paid = toMinorUnits(invoice.amount) - toMinorUnits(due);
  const late = daysBetween(invoice.dueDate, today);
  const daysOverdue = Math.max(0, late);
  return {
    number: number(invoice.number),
    issueDate: letterDate(invoice.issueDate, language),
    dueDate: letterDate(invoice.dueDate, language),
    amount: formatMoney(invoice.amount, language),
    amountDue: formatMoney(due, language),
    partlyPaid: paid > 0,
    paidSoFar: paid > 0 ? formatMoney(fromMinorUnits(paid, due.currency), language) : undefined,
    payments: payments.length > 0 ? payments.map((payment) => ({ date: letterDate(payment.on, language), amount: formatMoney(payment.amount, language) })) : undefined,
    description: optional(invoice.description),
    daysOverdue,
    daysOverdueText: dayCount(daysOverdue, language),
    dueInText: late < 0 ? dayCountAhead(-late, language) : undefined,
  };
}

function group(invoices: Invoice[], views: InvoiceView[], currency: string, language: Language): InvoiceGroupView {
  return {
    invoices: views,
    total: formatMoney(sumMoney(invoices.map(dueOf), currency), language),
    several: views.length > 1,
    count: views.length,
    numbers: joinList(
      views.map((view) => view.number),
      language,
    ),
  };
}

function statementLine(invoice: Invoice, view: InvoiceView, penalty: LatePenalty, language: Language): StatementLineView {
  return {
    number: view.number,
    issueDate: view.issueDate,
    dueDate: view.dueDate,
    amount: view.amount,
    payments: view.payments,
    paid: view.paidSoFar,
    balance: view.amountDue,
    daysLate: dayCount(penalty.days, language),
    periods: penalty.periods.map((period) => ({
      from: letterDate(period.from, language),
      to: letterDate(period.to, language),
      days: dayCount(period.days, language),
      principal: formatMoney(period.principal, language),
      rate: formatPercent(period.ratePercent, language),
      interest: formatMoney(period.interest, language),
    })),
    interest: formatMoney(penalty.interest, language),
    indemnity: formatMoney(penalty.indemnity, language),
    total: formatMoney(sumMoney([dueOf(invoice), penalty.total], dueOf(invoice).currency), language),
  };
}

/** The terms a letter applies: the setting, with the client's public-body status. */
function effectiveTerms(input: RenderInput): PenaltyTerms | undefined {
  if (!input.terms) return undefined;
  const publicBody = input.terms.publicBody ?? input.client.legalForm === 'public-body';
  return publicBody && input.terms.jurisdiction === 'FR' ? { ...input.terms, publicBody: true } : input.terms;
}

// A batch writes thousands of reminders for one sender: its identity is cleaned and formatted once.
const senderViews = new WeakMap<Sender, ReminderView['sender']>();

function senderView(sender: Sender): ReminderView['sender'] {
  let view = senderViews.get(sender);
  if (!view) {
    view = {
      name: cleanLine(sender.name),
      company: cleanLine(sender.company),
      role: optional(sender.role),
      email: optional(sender.email),
      phone: optional(sender.phone),
      iban: sender.iban && cleanLine(sender.iban) ? formatIban(cleanLine(sender.iban)) : undefined,
      bic: sender.bic && cleanLine(sender.bic) ? cleanLine(sender.bic).toUpperCase() : undefined,
      sortCode: sender.sortCode && cleanLine(sender.sortCode) ? cleanLine(sender.sortCode).replace(/\D/g, '').replace(/^(\d\d)(\d\d)(\d\d)$/, '$1-$2-$3') : undefined,
      accountNumber: optional(sender.accountNumber)?.replace(/\s/g, ''),
      addressBlock: addressBlock(sender.address),
      legalMentions: optional(sender.legalMentions),
    };
    senderViews.set(sender, view);
  }
  return view;
}

const promiseChannels = {
  reply: { fr: 'par écrit, en réponse à notre message', en: 'in writing, in reply to our message' },
  phone: { fr: 'par téléphone', en: 'by telephone' },
} as const;

export function buildReminderView(input: RenderInput, stepId: string, language: Language): ReminderView {
  const { today, history, sender, client } = input;
  const invoices = [...input.invoices].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const first = invoices[0] as Invoice;
  const currency = first.amount.currency;
  const terms = effectiveTerms(input);
  // Only a working-day calendar, never a law: the law is the setting.
  const calendar: Jurisdiction = terms?.jurisdiction ?? (language === 'fr' ? 'FR' : 'UK');
  // Dated part payments belong to the invoice they settle: with one invoice, the history's.
  const payments = invoices.length === 1 ? receivedBy(history?.partialPayments, today) : [];
  const invoiceViews = invoices.map((invoice) => invoiceView(invoice, today, language, payments));
  const totalDue = sumMoney(invoices.map(dueOf), currency);
  const lateIndexes = invoices.map((invoice, index) => (invoice.dueDate < today ? index : -1)).filter((index) => index >= 0);
  const earlyIndexes = invoices.map((_invoice, index) => index).filter((index) => !lateIndexes.includes(index));
  // Before any due date (the preventive steps) every invoice is the subject of the message.
  const demanded = lateIndexes.length > 0 ? lateIndexes : earlyIndexes;
  const overdueInvoices = demanded.map((index) => invoices[index] as Invoice);
  const overdue = group(overdueInvoices, demanded.map((index) => invoiceViews[index] as InvoiceView), currency, language);
  const upcoming =
    lateIndexes.length > 0 && earlyIndexes.length > 0
      ? group(
          earlyIndexes.map((index) => invoices[index] as Invoice),
          earlyIndexes.map((index) => invoiceViews[index] as InvoiceView),
          currency,
          language,
        )
      : undefined;
  const overdueTotal = sumMoney(overdueInvoices.map(dueOf), currency);
  const deadlineDays = input.deadlineDays ?? 8;

  const previousReminders = [...(history?.sent ?? [])]
    .filter((sent) => sent.step !== 'thank-you' && sent.step !== 'promise-ack' && sent.on <= today)
    .sort((a, b) => a.on.localeCompare(b.on))
    .map((sent) => ({ step: sent.step, label: stepLabels[sent.step][language], date: letterDate(sent.on, language) }));

  const customStep = !(stepId in stepLabels);
  let penalties: ReminderView['penalties'];
  let statement: ReminderView['statement'];
  let law: ReminderView['law'];
  if (stepsWithPenalties.has(stepId) || (customStep && terms)) {
    if (!terms) throw new RelanceError('no-governing-law', [{ field: 'terms.jurisdiction', problem: 'no-governing-law' }]);
    const expected = indemnityCurrency[terms.jurisdiction];
    const wrong = invoices.findIndex((invoice) => invoice.amount.currency !== expected);
    if (wrong >= 0) {
      throw new RelanceError('penalty-currency', [{ field: `invoices[${wrong}].amount.currency`, problem: 'no-governing-law' }]);
    }
    const each = overdueInvoices.map((invoice) => latePenalty({ invoice, today, terms, payments, ...(input.rates ? { rates: input.rates } : {}) }));
    const sum = (pick: (p: LatePenalty) => Money) => sumMoney(each.map(pick), currency);
    const total = sum((p) => p.total);
    const rates = [...new Set(each.flatMap((p) => p.periods.map((period) => period.ratePercent)))].sort((a, b) => a - b);
    const texts = lawTexts[terms.jurisdiction][language];
    const days = Math.max(0, ...each.map((p) => p.days));
    const lowest = formatPercent(rates[0] ?? 0, language);
    const highest = formatPercent(rates[rates.length - 1] ?? 0, language);
    penalties = {
      rate: rates.length <= 1 ? lowest : undefined,
      rates: rates.length <= 1 ? lowest : language === 'fr' ? `de ${lowest} à ${highest}` : `from ${lowest} to ${highest}`,
      rateBasis: texts.rateBasis[each[0]?.basis ?? 'statutory'].replace('{multiple}', multipleText(terms.legalRateMultiple ?? 3, language)),
      ratesVary: rates.length > 1,
      days,
      daysText: dayCount(days, language),
      interest: formatMoney(sum((p) => p.interest), language),
      indemnity: formatMoney(sum((p) => p.indemnity), language),
      total: formatMoney(total, language),
      totalDue: formatMoney(sumMoney([overdueTotal, total], currency), language),
      afterPayments: payments.some((payment) => payment.on > first.dueDate),
      dailyInterest: formatMoney(sum((p) => p.dailyInterest), language),
    };
    const lines = overdueInvoices.map((invoice, index) => statementLine(invoice, overdue.invoices[index] as InvoiceView, each[index] as LatePenalty, language));
    const paid = sumMoney(
      overdueInvoices.map((invoice) => fromMinorUnits(toMinorUnits(invoice.amount) - toMinorUnits(dueOf(invoice)), currency)),
      currency,
    );
    statement = {
      date: letterDate(today, language),
      lines,
      totals: {
        amount: formatMoney(sumMoney(overdueInvoices.map((invoice) => invoice.amount), currency), language),
        paid: formatMoney(paid, language),
        balance: formatMoney(overdueTotal, language),
        interest: penalties.interest,
        indemnity: penalties.indemnity,
        penalties: penalties.total,
        due: penalties.totalDue,
      },
    };
    const soleTrader = terms.jurisdiction === 'UK' && client.legalForm === 'sole-trader';
    const noticeDays = Math.max(input.noticeDays ?? texts.noticeDays, soleTrader ? debtProtocolDays : 0);
    // Counted from a realistic receipt of the registered letter, and moved off weekends and public holidays.
    const receipt = addWorkingDays(today, registeredLetterDeliveryDays[terms.jurisdiction], terms.jurisdiction);
    const smallClaim = terms.jurisdiction === 'FR' && toMinorUnits(sumMoney([overdueTotal, total], currency)) <= toMinorUnits(smallClaimCeiling);
    const publicBody = terms.jurisdiction === 'FR' && terms.publicBody === true;
    law = {
      penaltiesBasis: publicBody ? publicBodyTexts[language].penaltiesBasis : texts.penaltiesBasis,
      indemnityBasis: publicBody ? publicBodyTexts[language].indemnityBasis : texts.indemnityBasis,
      noticeBasis: texts.noticeBasis,
      nextStep: smallClaim ? texts.nextStepSmallClaim : texts.nextStep,
      deliveryMention: texts.deliveryMention,
      noticeDays,
      noticeDaysText: dayCount(noticeDays, language),
      noticeDeadline: letterDate(nextWorkingDay(addDays(receipt, noticeDays), terms.jurisdiction), language),
      debtProtocol: soleTrader,
      france: terms.jurisdiction === 'FR',
      uk: terms.jurisdiction === 'UK',
    };
  }

  const promise = history?.promise;
  const promised = promise?.amount ?? overdueTotal;
  // What a promise leaves of the sum demanded; invoices not yet due are not part of it.
  const promiseLeaves = toMinorUnits(overdueTotal) - toMinorUnits(promised);
  const paidOn = history?.paidOn;
  const promiseChannel = promise?.via ?? promise?.channel;
  return {
    language,
    today: letterDate(today, language),
    place: placeOf(sender.city, sender.address),
    deadline: letterDate(nextWorkingDay(addDays(today, deadlineDays), calendar), language),
    deadlineDays,
    client: {
      company: cleanLine(client.company),
      addressBlock: addressBlock(client.address),
      soleTrader: client.legalForm === 'sole-trader',
      publicBody: client.legalForm === 'public-body',
    },
    contact: personView(client.contact, language),
    sender: senderView(sender),
    invoices: invoiceViews,
    invoice: invoiceViews[0] as InvoiceView,
    several: invoices.length > 1,
    count: invoices.length,
    invoiceNumbers: joinList(
      invoiceViews.map((invoice) => invoice.number),
      language,
    ),
    total: formatMoney(totalDue, language),
    overdue,
    upcoming,
    daysOverdue: invoiceViews[0]?.daysOverdue ?? 0,
    daysOverdueText: invoiceViews[0]?.daysOverdueText ?? dayCount(0, language),
    previousReminders,
    lastReminder: previousReminders[previousReminders.length - 1],
    penalties,
    statement,
    law,
    promise: promise
      ? {
          date: letterDate(promise.date, language),
          amount: formatMoney(promised, language),
          loggedOn: letterDate(promise.loggedOn, language),
          // The day the client wrote (or said) it, which the letter quotes; the day it was logged when unknown.
          madeOn: letterDate(promise.madeOn ?? promise.loggedOn, language),
          via: promiseChannel ? promiseChannels[promiseChannel]?.[language] : undefined,
          partial: promiseLeaves > 0,
          balanceAfter: promiseLeaves > 0 ? formatMoney(fromMinorUnits(promiseLeaves, currency), language) : undefined,
        }
      : undefined,
    payment: paidOn
      ? {
          date: letterDate(paidOn, language),
          amount: formatMoney(history?.payment?.amount ?? totalDue, language),
          means: optional(history?.payment?.means),
        }
      : undefined,
  };
}
