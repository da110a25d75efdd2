/**
 * The two pure halves of drafting a reminder, shared by every host (Outlook's async Office.js,
 * Apps Script's synchronous calls): what the draft says and whom it goes to, and the ledger once
 * the step is logged.
 */
import type { Ledger, LedgerEntry } from '../ledger/ledger';
import { ledgerCapacity, type LedgerCapacity } from '../ledger/ledger-capacity';
import { recordSent } from '../ledger/record-sent';
import { upsertEntry } from '../ledger/upsert-entry';
import type { DraftRequest } from '../mailbox/mailbox';
import { MailboxError } from '../mailbox/mailbox-error';
import type { MailMessage } from '../mailbox/mail-message';
import type { IsoDate } from '../model/iso-date';
import { isStepId } from '../model/step';
import type { RenderedReminder } from '../render/render-reminder';

export function draftRequestFor(reminder: RenderedReminder, entry: LedgerEntry, message?: MailMessage): DraftRequest {
  const contact = entry.client.contact;
  return {
    ...(message ? { replyTo: message.id } : {}),
    to: [{ email: contact.email, name: [contact.firstName, contact.lastName].filter(Boolean).join(' ') }],
    subject: reminder.subject,
    html: reminder.html,
    text: reminder.text,
  };
}

/** The ledger with the step logged as sent today; refuses (storage-full) rather than exceed the host's limit. */
export function ledgerAfterDraft(
  ledger: Ledger,
  input: { reminder: RenderedReminder; entry: LedgerEntry; message?: MailMessage; today: IsoDate; limitBytes: number },
): { ledger: Ledger; capacity: LedgerCapacity } {
  const { reminder, entry, message, today } = input;
  const logged = isStepId(reminder.step) ? recordSent(entry, reminder.step, today) : entry;
  const next = upsertEntry(ledger, { ...logged, ...(message ? { messageId: message.id, ...(message.threadId ? { threadId: message.threadId } : {}) } : {}) });
  const capacity = ledgerCapacity(next, input.limitBytes);
  if (capacity.level === 'full') throw new MailboxError('storage-full');
  return { ledger: next, capacity };
}
