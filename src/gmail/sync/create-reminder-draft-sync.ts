/**
 * The core's createReminderDraft, run synchronously over the Gmail mailbox (an add-on callback
 * cannot wait for a Promise). Same steps, same outcome; a parity test holds it to the core's.
 * To be replaced by the core's own function once it offers a synchronous form.
 */
import {
  type DraftOutcome,
  type IsoDate,
  isStepId,
  type LedgerEntry,
  ledgerCapacity,
  MailboxError,
  type MailMessage,
  recordSent,
  type RenderedReminder,
  upsertEntry,
} from '../../core';
import type { SyncMailbox } from '../adapter/sync-mailbox';

export function createReminderDraftSync(
  mailbox: SyncMailbox,
  input: { reminder: RenderedReminder; entry: LedgerEntry; message?: MailMessage; today: IsoDate },
): DraftOutcome {
  const { reminder, entry, message, today } = input;
  const contact = entry.client.contact;
  const to = [{ email: contact.email, name: [contact.firstName, contact.lastName].filter(Boolean).join(' ') }];
  const draft = mailbox.createDraft({
    ...(message ? { replyTo: message.id } : {}),
    to,
    subject: reminder.subject,
    html: reminder.html,
    text: reminder.text,
  });
  try {
    const ledger = mailbox.loadLedger();
    const logged = isStepId(reminder.step) ? recordSent(entry, reminder.step, today) : entry;
    const next = upsertEntry(ledger, { ...logged, ...(message ? { messageId: message.id, ...(message.threadId ? { threadId: message.threadId } : {}) } : {}) });
    const capacity = ledgerCapacity(next, mailbox.ledgerLimitBytes);
    if (capacity.level === 'full') throw new MailboxError('storage-full');
    mailbox.saveLedger(next);
    return { draft, logged: true, ledger: next, capacity };
  } catch (logError) {
    return { draft, logged: false, logError };
  }
}
