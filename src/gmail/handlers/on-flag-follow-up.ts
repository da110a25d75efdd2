/**
 * "Flag for follow-up": the thread goes under Relance/À suivre and the message is starred; the
 * date lives in the log, since a Gmail label has none. The log is saved first; if Gmail then
 * refuses the label, the log is put back as it was.
 */
import { followUpDate, formatDate, ledgerAfterFlag } from '../../core';
import { messageCard } from '../cards/message-card';
import type { AddonEvent } from '../event/addon-event';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { proposeForMessage } from './message-proposal';
import { notify, updateCard } from './respond';

export function onFlagFollowUp(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event);
  const { message, ledger, form, proposal, capacity, reminderLanguage, notice } = proposeForMessage(ctx);
  if (!proposal.ok) return updateCard(ctx, messageCard(ctx.ui, { form, proposal, capacity, reminderLanguage, ...(notice ? { notice } : {}) }), ctx.ui.s.fixFields);
  const on = followUpDate(proposal.plan, ctx.today);
  if (!on) return notify(ctx, ctx.ui.s.nothingToFlag);
  const { ledger: next, capacity: after } = ledgerAfterFlag(ledger, { entry: proposal.entry, message, on, limitBytes: ctx.mailbox.ledgerLimitBytes });
  ctx.mailbox.saveLedger(next);
  try {
    ctx.mailbox.flagForFollowUp(message.id, on);
  } catch (error) {
    ctx.mailbox.saveLedger(ledger);
    throw error;
  }
  const refreshed = { ...proposal, entry: { ...proposal.entry, followUpOn: on } };
  return updateCard(ctx, messageCard(ctx.ui, { form, proposal: refreshed, capacity: after }), ctx.ui.s.flagged(formatDate(on, ctx.language)));
}
