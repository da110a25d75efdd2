/** The homepage card from the log as it stands today, the log of events filtered and paged as asked. */
import { followUpsDue, type FollowUpListing, isLogFilter, ledgerOfListing, logEvents, type LogFilter, logPage, promiseRows } from '../../core';
import { homepageCard, rowsPerSection } from '../cards/homepage-card';
import { todaySections } from '../cards/today-sections';
import type { HandlerContext } from '../handler-context';
import { draftedOn, groupKeys, todayWork } from './today-plan';

export function homepage(ctx: HandlerContext, view: { filter?: string; page?: string; todayPage?: string } = {}): GoogleAppsScript.Card_Service.Card {
  const listing = ctx.mailbox.listRecords();
  const ledger = ledgerOfListing(listing);
  const filter: LogFilter = isLogFilter(view.filter) ? view.filter : 'all';
  const page = Number(view.page ?? 0);
  return homepageCard(ctx.ui, {
    rows: promiseRows(ledger, ctx.today),
    due: followUpsDue(ledger, ctx.today, ctx.settings.scenario),
    capacity: ctx.mailbox.capacity(),
    log: logPage(logEvents(listing.records, filter), Number.isFinite(page) ? page : 0, rowsPerSection),
    filter,
    today: todayOf(ctx, listing, Number(view.todayPage ?? 0)),
  });
}

function todayOf(ctx: HandlerContext, listing: FollowUpListing, page: number): GoogleAppsScript.Card_Service.CardSection[] {
  const work = todayWork(ctx, { listing });
  return todaySections(ctx.ui, { plan: work.plan, keysOf: (client) => groupKeys(work, client), draftedOn: (client) => draftedOn(work, client), replies: work.replies, page: Number.isFinite(page) ? page : 0, today: ctx.today });
}
