/**
 * Today's work across every followed invoice: what each client needs today, grouped so that one
 * message carries all of a client's invoices, with the firmest step among them and the total
 * demanded; the promises broken since; what cannot be planned, with its error, rather than hidden.
 * Clients come most overdue first.
 */
import { isRelanceError, type RelanceError } from '../errors/relance-error';
import type { Client } from '../model/client';
import type { Invoice } from '../model/invoice';
import type { IsoDate } from '../model/iso-date';
import type { Money } from '../model/money';
import type { StepId } from '../model/step';
import { daysBetween } from '../dates/days-between';
import { sumMoney } from '../money/sum-money';
import { planReminder } from '../plan/plan-reminder';
import type { Scenario } from '../plan/scenario';
import { clientKey } from './client-key';
import type { FollowedInvoice } from './open-invoices';

export type TodayInvoice = { invoice: Invoice; step: StepId; reason: string; daysLate: number };

export type TodayClient = {
  client: Client;
  /** The firmest step among the client's invoices due today: the message that goes. */
  step: StepId;
  invoices: TodayInvoice[];
  /** What is demanded: the sum of what remains due on the invoices listed, in their currency. */
  total: Money;
  /** Most days late among them. */
  daysLate: number;
};

export type TodayPlan = {
  clients: TodayClient[];
  brokenPromises: { client: Client; invoice: Invoice; promisedOn: IsoDate }[];
  unplanned: { client: Client; invoice: Invoice; error: RelanceError }[];
};

export type PlanTodayInput = {
  records: readonly FollowedInvoice[];
  today: IsoDate;
  /** The scenario of a client (its segment's); the default scenario when absent. */
  scenarioFor?: (client: Client) => Scenario | undefined;
};

/** How firm each reminder is, so a client's message takes its firmest invoice's step. */
const firmness: Partial<Record<StepId, number>> = {
  preventive: 0,
  'preventive-nudge': 1,
  'overdue-1': 2,
  'overdue-2': 3,
  'broken-promise': 4,
  'phone-call': 5,
  'penalties-letter': 6,
  'formal-notice': 7,
};

/** Thanks and acknowledgements answer one invoice's news: they never join a reminder. */
const isAnswer = (step: StepId) => firmness[step] === undefined;

function firmer(a: StepId, b: StepId): StepId {
  return (firmness[a] ?? -1) >= (firmness[b] ?? -1) ? a : b;
}

const dueOf = (invoice: Invoice): Money => invoice.amountDue ?? invoice.amount;

export function planToday(input: PlanTodayInput): TodayPlan {
  const groups = new Map<string, { client: Client; invoices: TodayInvoice[] }>();
  const brokenPromises: TodayPlan['brokenPromises'] = [];
  const unplanned: TodayPlan['unplanned'] = [];
  for (const record of input.records) {
    let plan;
    try {
      const scenario = input.scenarioFor?.(record.client);
      plan = planReminder({ invoice: record.invoice, today: input.today, ...(record.history ? { history: record.history } : {}), ...(scenario ? { scenario } : {}) });
    } catch (error) {
      if (!isRelanceError(error)) throw error;
      unplanned.push({ client: record.client, invoice: record.invoice, error });
      continue;
    }
    if (plan.action !== 'send') continue;
    if (plan.step === 'broken-promise' && record.history?.promise) {
      brokenPromises.push({ client: record.client, invoice: record.invoice, promisedOn: record.history.promise.date });
    }
    // A client owing in two currencies gets two messages: one total per message.
    const key = `${clientKey(record.client)}|${dueOf(record.invoice).currency}|${isAnswer(plan.step) ? `${plan.step}|${record.invoice.number}` : 'reminder'}`;
    const group = groups.get(key) ?? { client: record.client, invoices: [] };
    group.invoices.push({ invoice: record.invoice, step: plan.step, reason: plan.reason, daysLate: Math.max(0, daysBetween(record.invoice.dueDate, input.today)) });
    groups.set(key, group);
  }
  const clients: TodayClient[] = [...groups.values()].map((group) => {
    const invoices = group.invoices.sort((a, b) => b.daysLate - a.daysLate || a.invoice.number.localeCompare(b.invoice.number));
    const currency = dueOf(invoices[0]?.invoice as Invoice).currency;
    return {
      client: group.client,
      step: invoices.map((entry) => entry.step).reduce(firmer),
      invoices,
      total: sumMoney(invoices.map((entry) => dueOf(entry.invoice)), currency),
      daysLate: Math.max(...invoices.map((entry) => entry.daysLate)),
    };
  });
  clients.sort((a, b) => b.daysLate - a.daysLate || b.total.value - a.total.value || a.client.company.localeCompare(b.client.company));
  return { clients, brokenPromises, unplanned };
}
