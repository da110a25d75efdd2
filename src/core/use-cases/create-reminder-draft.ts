/**
 * Puts a reviewed reminder in the user's Drafts, in the invoice's thread, then logs the step.
 * Nothing is written before the reminder is complete; if the log cannot be saved after the draft
 * exists, the outcome says so instead of pretending all went well.
 */
import type { Ledger, LedgerEntry } from '../ledger/ledger';
import { ledgerCapacity, type LedgerCapacity } from '../ledger/ledger-capacity';
import { recordSent } from '../ledger/record-sent';
import { upsertEntry } from '../ledger/upsert-entry';
import type { DraftResult, Mailbox } from '../mailbox/mailbox';
import { MailboxError } from '../mailbox/mailbox-error';
import type { MailMessage } from '../mailbox/mail-message';
import type { IsoDate } from '../model/iso-date';
import { isStepId } from '../model/step';
import type { RenderedReminder } from '../render/render-reminder';

export type DraftOutcome = {
  draft: DraftResult;
  /** False when the draft exists but the log could not be updated; `logError` says why. */
  logged: boolean;
  logError?: unknown;
  ledger?: Ledger;
  capacity?: LedgerCapacity;
};

export async function createReminderDraft(
  mailbox: Mailbox,
  input: { reminder: RenderedReminder; entry: LedgerEntry; message?: MailMessage; today: IsoDate },
): Promise<DraftOutcome> {
  const { reminder, entry, message, today } = input;
  const contact = entry.client.contact;
  const to = [{ email: contact.email, name: [contact.firstName, contact.lastName].filter(Boolean).join(' ') }];
  const draft = await mailbox.createDraft({
    ...(message ? { replyTo: message.id } : {}),
    to,
    subject: reminder.subject,
    html: reminder.html,
    text: reminder.text,
  });
  try {
    const ledger = await mailbox.loadLedger();
    const logged = isStepId(reminder.step) ? recordSent(entry, reminder.step, today) : entry;
    const next = upsertEntry(ledger, { ...logged, ...(message ? { messageId: message.id, ...(message.threadId ? { threadId: message.threadId } : {}) } : {}) });
    const capacity = ledgerCapacity(next, mailbox.ledgerLimitBytes);
    if (capacity.level === 'full') throw new MailboxError('storage-full');
    await mailbox.saveLedger(next);
    return { draft, logged: true, ledger: next, capacity };
  } catch (logError) {
    return { draft, logged: false, logError };
  }
}
