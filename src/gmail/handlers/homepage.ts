/** The homepage card from the log as it stands today. */
import { followUpsDue, ledgerCapacity, promiseRows } from '../../core';
import { homepageCard } from '../cards/homepage-card';
import type { HandlerContext } from '../handler-context';

export function homepage(ctx: HandlerContext): GoogleAppsScript.Card_Service.Card {
  const ledger = ctx.mailbox.listRecords();
  return homepageCard(ctx.ui, {
    rows: promiseRows(ledger, ctx.today),
    due: followUpsDue(ledger, ctx.today, ctx.settings.scenario),
    capacity: ledgerCapacity(ledger, ctx.mailbox.ledgerLimitBytes),
  });
}
