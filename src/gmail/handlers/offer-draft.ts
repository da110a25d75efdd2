/**
 * The ordinary half of "Créer le brouillon" and "Créer la réponse": logs the step, then shows the
 * reminder with the one button that opens it as a draft. Gmail lets a button that opens a draft
 * return nothing but that draft, so everything that can be refused (a full log, a failed save) is
 * done and shown here first, where an error card can still appear.
 */
import { type LedgerEntry, ledgerAfterDraft, type MailMessage, type RenderedReminder } from '../../core';
import { draftReadyCard } from '../cards/draft-ready-card';
import type { HandlerContext } from '../handler-context';
import { updateCard } from './respond';

export function offerDraft(
  ctx: HandlerContext,
  input: { reminder: RenderedReminder; entry: LedgerEntry; message: MailMessage },
): GoogleAppsScript.Card_Service.ActionResponse {
  const { ledger, capacity } = ledgerAfterDraft(ctx.mailbox.loadLedger(), { ...input, today: ctx.today, limitBytes: ctx.mailbox.ledgerLimitBytes });
  ctx.mailbox.saveLedger(ledger);
  const { reminder } = input;
  const draft = { invoice: input.entry.invoice.number, step: reminder.step, channel: reminder.channel, language: reminder.language, loggedOn: ctx.today };
  const card = draftReadyCard(ctx.ui, { reminder: input.reminder, entry: input.entry, capacity, draft });
  return updateCard(ctx, card, ctx.ui.s.draftReady.notification, { stateChanged: true });
}
