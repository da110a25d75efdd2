/**
 * Writes the reminder as a reply draft through the core's use case (the step logged first, put
 * back if the draft fails) and hands the draft to Gmail to open.
 */
import { createReminderDraft, type LedgerEntry, MailboxError, type MailMessage, type RenderedReminder, runSync } from '../../core';
import type { HandlerContext } from '../handler-context';
import { openDraft } from './respond';

export function createAndOpenDraft(
  ctx: HandlerContext,
  input: { reminder: RenderedReminder; entry: LedgerEntry; message?: MailMessage },
): GoogleAppsScript.Card_Service.ComposeActionResponse {
  runSync(createReminderDraft({ ...input, today: ctx.today }), ctx.mailbox);
  const draft = ctx.mailbox.lastDraft;
  if (!draft) throw new MailboxError('host-error', 'no draft was created');
  return openDraft(ctx, draft);
}
