/**
 * Today's work from the follow-up store: the core's plan grouped by client, each group named by
 * the keys of its invoices' records (what the draft button carries, so a click acts on the
 * records the card showed, or finds the plan moved on), and the client replies awaiting confirmation.
 */
import {
  awaitingSend,
  followedRecords,
  type FollowedFollowUp,
  type FollowUpListing,
  type Invoice,
  type IsoDate,
  planToday,
  settingsForClient,
  type TodayClient,
  type TodayPlan,
} from '../../core';
import { lastClientMessage } from '../adapter/client-thread';
import type { HandlerContext } from '../handler-context';

export type TodayWork = {
  plan: TodayPlan;
  /** The record behind each invoice of the plan. */
  recordOf: (invoice: Invoice) => FollowedFollowUp | undefined;
  replies: AwaitingReply[];
};

export type AwaitingReply = { company: string; invoiceNumber: string; on: IsoDate };

/** Threads read for replies at most, the most recently chased: each is a Gmail call, and a homepage must open in seconds. */
export const threadsToRead = 15;

export function groupKeys(work: Pick<TodayWork, 'recordOf'>, client: TodayClient): string {
  return client.invoices.map((entry) => work.recordOf(entry.invoice)?.listed.key ?? '').join(',');
}

/** The last day the client's step was drafted on all its invoices and not seen sent since. */
export function draftedOn(work: Pick<TodayWork, 'recordOf'>, client: TodayClient): IsoDate | undefined {
  let latest: IsoDate | undefined;
  for (const entry of client.invoices) {
    const record = work.recordOf(entry.invoice);
    const waiting = record ? awaitingSend(record.listed.record).find((event) => event.step === client.step) : undefined;
    if (!waiting) return undefined;
    if (!latest || waiting.on > latest) latest = waiting.on;
  }
  return latest;
}

export function todayWork(ctx: HandlerContext, options: { replies?: boolean; listing?: FollowUpListing } = {}): TodayWork {
  const records = followedRecords(options.listing ?? ctx.mailbox.listRecords());
  const byInvoice = new Map(records.map((record) => [record.invoice, record]));
  const plan = planToday({ records, today: ctx.today, scenarioFor: (client) => settingsForClient(ctx.settings, client).settings.scenario });
  const recordOf = (invoice: Invoice) => byInvoice.get(invoice);
  if (options.replies === false) return { plan, recordOf, replies: [] };
  return { plan, recordOf, replies: awaitingReplies(ctx, records) };
}

const reminderDay = (record: FollowedFollowUp) =>
  record.listed.record.events.reduce<string>((last, event) => ((event.kind === 'drafted' || event.kind === 'sent') && event.on > last ? event.on : last), '');

/**
 * A client's message in the thread of an invoice chased, on or after the last reminder, that no
 * event of the log comes from: a reply the user has not read with Relance and confirmed yet.
 */
function awaitingReplies(ctx: HandlerContext, records: FollowedFollowUp[]): AwaitingReply[] {
  const chased = records
    .filter((record) => record.listed.record.threadId && !record.history.paidOn && reminderDay(record) !== '')
    .sort((a, b) => reminderDay(b).localeCompare(reminderDay(a)))
    .slice(0, threadsToRead);
  const replies: AwaitingReply[] = [];
  const dayOf = (date: GoogleAppsScript.Base.Date) => ctx.host.utilities.formatDate(date, ctx.timeZone, 'yyyy-MM-dd');
  for (const record of chased) {
    const { events, threadId } = record.listed.record;
    try {
      const last = lastClientMessage(ctx.host.gmail, threadId as string, (from) => ctx.mailbox.isUser(from), dayOf);
      const known = new Set(events.flatMap((event) => ('messageId' in event && event.messageId ? [event.messageId] : [])));
      // The day of the last reply already read (a promise, a dispute…): a message of that day is the one it came from.
      const answered = events.reduce<string>((latest, event) => (event.kind !== 'drafted' && event.kind !== 'sent' && event.on > latest ? event.on : latest), '');
      if (last && !known.has(last.id) && last.on >= reminderDay(record) && last.on > answered) replies.push({ company: record.client.company, invoiceNumber: record.invoice.number, on: last.on });
    } catch (error) {
      // One thread Gmail cannot open (deleted, moved out of reach) does not hide today's work.
      ctx.host.log(`Relance: thread ${String(threadId)} not read for replies: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return replies;
}
