/** The homepage card from the log as it stands today, the log of events filtered and paged as asked. */
import { followUpsDue, isLogFilter, ledgerOfListing, logEvents, type LogFilter, logPage, promiseRows } from '../../core';
import { homepageCard, rowsPerSection } from '../cards/homepage-card';
import type { HandlerContext } from '../handler-context';

export function homepage(ctx: HandlerContext, view: { filter?: string; page?: string } = {}): GoogleAppsScript.Card_Service.Card {
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
  });
}
