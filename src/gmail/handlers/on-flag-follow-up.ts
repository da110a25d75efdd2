/**
 * "Flag for follow-up": the core's use case over Gmail, where the thread goes under
 * Relance/À suivre and the message is starred; the date lives in the log, since a label has none.
 */
import { flagFollowUp, followUpDate, formatDate, runSync } from '../../core';
import { messageCard } from '../cards/message-card';
import type { AddonEvent } from '../event/addon-event';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { proposeForMessage } from './message-proposal';
import { notify, updateCard } from './respond';

export function onFlagFollowUp(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event);
  const { message, form, proposal, capacity, reminderLanguage, notice } = proposeForMessage(ctx);
  const shown = { reminderLanguage, ...(notice ? { notice } : {}) };
  if (!proposal.ok) return updateCard(ctx, messageCard(ctx.ui, { today: ctx.today, form, proposal, capacity, ...shown }), ctx.ui.s.fixFields);
  const on = followUpDate(proposal.plan, ctx.today);
  if (!on) return notify(ctx, ctx.ui.s.nothingToFlag);
  const flagged = runSync(flagFollowUp({ entry: proposal.entry, message, on }), ctx.mailbox);
  const refreshed = { ...proposal, entry: flagged.entry };
  return updateCard(ctx, messageCard(ctx.ui, { today: ctx.today, form, proposal: refreshed, capacity: flagged.capacity, ...shown }), ctx.ui.s.flagged(formatDate(on, ctx.language)), { stateChanged: true });
}
