/**
 * The core's createReminderDraft over the Gmail mailbox, synchronously (an add-on callback cannot
 * wait for a Promise). The draft and the ledger are the core's (`draftRequestFor`, `ledgerAfterDraft`).
 */
import { type DraftOutcome, draftRequestFor, type IsoDate, type LedgerEntry, ledgerAfterDraft, type MailMessage, type RenderedReminder } from '../../core';
import type { SyncMailbox } from '../adapter/sync-mailbox';

export function createReminderDraftSync(
  mailbox: SyncMailbox,
  input: { reminder: RenderedReminder; entry: LedgerEntry; message?: MailMessage; today: IsoDate },
): DraftOutcome {
  const draft = mailbox.createDraft(draftRequestFor(input.reminder, input.entry, input.message));
  try {
    const { ledger, capacity } = ledgerAfterDraft(mailbox.loadLedger(), { ...input, limitBytes: mailbox.ledgerLimitBytes });
    mailbox.saveLedger(ledger);
    return { draft, logged: true, ledger, capacity };
  } catch (logError) {
    return { draft, logged: false, logError };
  }
}
