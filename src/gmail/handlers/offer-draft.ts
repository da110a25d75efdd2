/**
 * The ordinary half of "Créer le brouillon" and "Créer la réponse": logs the step, then shows the
 * reminder with the one button that opens it as a draft. Gmail lets a button that opens a draft
 * return nothing but that draft, so everything that can be refused (a full log, a failed save) is
 * done and shown here first, where an error card can still appear: the core's logDraftStep (the
 * first half of createReminderDraft), whose own failure policy keeps the record as it was.
 */
import { type LedgerEntry, logDraftStep, type MailMessage, type RenderedReminder, runSync } from '../../core';
import { draftReadyCard } from '../cards/draft-ready-card';
import type { HandlerContext } from '../handler-context';
import { updateCard } from './respond';

export function offerDraft(
  ctx: HandlerContext,
  input: { reminder: RenderedReminder; entry: LedgerEntry; message: MailMessage; others?: LedgerEntry[] },
): GoogleAppsScript.Card_Service.ActionResponse {
  const { others = [], ...logged } = input;
  let { capacity } = runSync(logDraftStep({ ...logged, today: ctx.today }), ctx.mailbox);
  // The client's other invoices in the same reminder: the step logged on each (no thread: theirs stays their own).
  for (const entry of others) capacity = runSync(logDraftStep({ reminder: input.reminder, entry, today: ctx.today }), ctx.mailbox).capacity;
  const { reminder } = input;
  const draft = {
    invoice: input.entry.invoice.number,
    step: reminder.step,
    channel: reminder.channel,
    language: reminder.language,
    loggedOn: ctx.today,
    ...(others.length > 0 ? { others: JSON.stringify(others.map((entry) => entry.invoice.number)) } : {}),
  };
  const card = draftReadyCard(ctx.ui, { reminder: input.reminder, entry: input.entry, capacity, draft });
  return updateCard(ctx, card, ctx.ui.s.draftReady.notification, { stateChanged: true });
}
