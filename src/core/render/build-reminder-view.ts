/** The values a template may use, computed and formatted once from a validated render input. */
import { addDays } from '../dates/add-days';
import { daysBetween } from '../dates/days-between';
import { formatDate } from '../dates/format-date';
import type { PartialPayment } from '../model/follow-up-history';
import type { Invoice } from '../model/invoice';
import type { Language } from '../model/language';
import type { Money } from '../model/money';
import type { PenaltyTerms } from '../model/penalty-terms';
import { formatMoney } from '../money/format-money';
import { sumMoney } from '../money/sum-money';
import { fromMinorUnits, toMinorUnits } from '../money/to-minor-units';
import { latePenalty } from '../penalties/late-penalty';
import { indemnityCurrency } from '../penalties/recovery-indemnity';
import { RelanceError } from '../errors/relance-error';
import { statutoryPenaltyTerms } from '../penalties/statutory-penalty-terms';
import { cleanLine } from '../text/clean-text';
import { formatIban } from './format-iban';
import { formatPercent } from './format-percent';
import { joinList } from './join-list';
import { lawTexts } from './law-texts';
import { personView } from './person-view';
import type { RenderInput } from './render-input';
import type { InvoiceView, ReminderView } from './reminder-view';
import { stepLabels } from './step-labels';

/** Days a registered letter usually takes to reach a business in France or the UK. */
export const registeredLetterDeliveryDays = 3;

const stepsWithPenalties = new Set(['penalties-letter', 'formal-notice']);

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
  const town = last?.replace(/^(F-)?\d{5}\s+/, '').replace(/(?<!\s)\s+cedex(?:\s+\d+)?$/i, '');
  return town && town !== last ? town : undefined;
}

function dueOf(invoice: Invoice): Money {
  return invoice.amountDue ?? invoice.amount;
}

/** Payments received by today, oldest first: a payment dated later has not happened yet. */
function receivedBy(payments: PartialPayment[] | undefined, today: string): PartialPayment[] {
  return (payments ?? []).filter((payment) => payment.on <= today).sort((a, b) => a.on.localeCompare(b.on));
}

function invoiceView(invoice: Invoice, today: string, language: Language, payments: PartialPayment[]): InvoiceView {
  const due = dueOf(invoice);
  const paid = toMinorUnits(invoice.amount) - toMinorUnits(due);
  return {
    number: cleanLine(invoice.number),
    issueDate: formatDate(invoice.issueDate, language),
    dueDate: formatDate(invoice.dueDate, language),
    amount: formatMoney(invoice.amount, language),
    amountDue: formatMoney(due, language),
    partlyPaid: paid > 0,
    paidSoFar: paid > 0 ? formatMoney(fromMinorUnits(paid, due.currency), language) : undefined,
    payments: payments.length > 0 ? payments.map((payment) => ({ date: formatDate(payment.on, language), amount: formatMoney(payment.amount, language) })) : undefined,
    description: optional(invoice.description),
    daysOverdue: Math.max(0, daysBetween(invoice.dueDate, today)),
  };
}

function defaultTerms(input: RenderInput, currency: string, dueDate: string): PenaltyTerms {
  return input.terms ?? statutoryPenaltyTerms(currency === 'GBP' ? 'UK' : 'FR', dueDate);
}

export function buildReminderView(input: RenderInput, stepId: string, language: Language): ReminderView {
  const { today, history, sender, client } = input;
  const invoices = [...input.invoices].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const first = invoices[0] as Invoice;
  const currency = first.amount.currency;
  // Dated part payments belong to the invoice they settle: with one invoice, the history's.
  const payments = invoices.length === 1 ? receivedBy(history?.partialPayments, today) : [];
  const invoiceViews = invoices.map((invoice) => invoiceView(invoice, today, language, payments));
  const totalDue = sumMoney(invoices.map(dueOf), currency);
  const terms = defaultTerms(input, currency, first.dueDate);
  const law = lawTexts[terms.jurisdiction][language];
  const noticeDays = input.noticeDays ?? law.noticeDays;
  const deadlineDays = input.deadlineDays ?? 8;

  const previousReminders = [...(history?.sent ?? [])]
    .filter((sent) => sent.step !== 'thank-you' && sent.step !== 'promise-ack' && sent.on <= today)
    .sort((a, b) => a.on.localeCompare(b.on))
    .map((sent) => ({ step: sent.step, label: stepLabels[sent.step][language], date: formatDate(sent.on, language) }));

  let penalties: ReminderView['penalties'];
  if (stepsWithPenalties.has(stepId) || input.terms) {
    const expected = indemnityCurrency[terms.jurisdiction];
    const wrong = invoices.findIndex((invoice) => invoice.amount.currency !== expected);
    if (wrong >= 0) {
      throw new RelanceError('penalty-currency', [{ field: `invoices[${wrong}].amount.currency`, problem: 'currency-mismatch' }]);
    }
    const each = invoices.map((invoice) => latePenalty({ invoice, today, terms, payments }));
    const sum = (pick: (p: (typeof each)[number]) => Money) => sumMoney(each.map(pick), currency);
    const total = sum((p) => p.total);
    penalties = {
      rate: formatPercent(terms.annualRatePercent, language),
      days: Math.max(...each.map((p) => p.days)),
      interest: formatMoney(sum((p) => p.interest), language),
      indemnity: formatMoney(sum((p) => p.indemnity), language),
      total: formatMoney(total, language),
      totalDue: formatMoney(sumMoney([totalDue, total], currency), language),
      afterPayments: payments.some((payment) => payment.on > first.dueDate),
    };
  }

  const promise = history?.promise;
  const paidOn = history?.paidOn;
  return {
    language,
    today: formatDate(today, language),
    place: placeOf(sender.city, sender.address),
    deadline: formatDate(addDays(today, deadlineDays), language),
    deadlineDays,
    client: { company: cleanLine(client.company), addressBlock: addressBlock(client.address) },
    contact: personView(client.contact, language),
    sender: {
      name: cleanLine(sender.name),
      company: cleanLine(sender.company),
      role: optional(sender.role),
      email: optional(sender.email),
      phone: optional(sender.phone),
      iban: sender.iban && cleanLine(sender.iban) ? formatIban(cleanLine(sender.iban)) : undefined,
      bic: sender.bic && cleanLine(sender.bic) ? cleanLine(sender.bic).toUpperCase() : undefined,
      addressBlock: addressBlock(sender.address),
    },
    invoices: invoiceViews,
    invoice: invoiceViews[0] as InvoiceView,
    several: invoices.length > 1,
    count: invoices.length,
    invoiceNumbers: joinList(
      invoiceViews.map((invoice) => invoice.number),
      language,
    ),
    total: formatMoney(totalDue, language),
    daysOverdue: invoiceViews[0]?.daysOverdue ?? 0,
    previousReminders,
    lastReminder: previousReminders[previousReminders.length - 1],
    penalties,
    law: {
      penaltiesBasis: law.penaltiesBasis,
      indemnityBasis: law.indemnityBasis,
      noticeBasis: law.noticeBasis,
      nextStep: law.nextStep,
      deliveryMention: law.deliveryMention,
      noticeDays,
      // Counted from receipt: the letter's date plus the days a registered letter takes to arrive.
      noticeDeadline: formatDate(addDays(today, noticeDays + registeredLetterDeliveryDays), language),
      protocolNote: law.protocolNote,
    },
    promise: promise
      ? {
          date: formatDate(promise.date, language),
          amount: formatMoney(promise.amount ?? totalDue, language),
          loggedOn: formatDate(promise.loggedOn, language),
        }
      : undefined,
    payment: paidOn
      ? {
          date: formatDate(paidOn, language),
          amount: formatMoney(history?.payment?.amount ?? totalDue, language),
          means: optional(history?.payment?.means),
        }
      : undefined,
  };
}
