/**
 * Writes the reminder as a reply draft, logs the step, and hands the draft to Gmail to open. If
 * the log cannot be saved, the draft is deleted again and the error shown: nothing half-written.
 */
import { type LedgerEntry, MailboxError, type MailMessage, type RenderedReminder } from '../../core';
import type { HandlerContext } from '../handler-context';
import { createReminderDraftSync } from '../sync/create-reminder-draft-sync';
import { openDraft } from './respond';

export function createAndOpenDraft(
  ctx: HandlerContext,
  input: { reminder: RenderedReminder; entry: LedgerEntry; message?: MailMessage },
): GoogleAppsScript.Card_Service.ComposeActionResponse {
  const outcome = createReminderDraftSync(ctx.mailbox, { ...input, today: ctx.today });
  if (!outcome.logged) {
    ctx.mailbox.discardLastDraft();
    throw outcome.logError;
  }
  const draft = ctx.mailbox.lastDraft;
  if (!draft) throw new MailboxError('host-error', 'no draft was created');
  return openDraft(ctx, draft);
}
