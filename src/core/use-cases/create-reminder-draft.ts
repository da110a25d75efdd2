/**
 * Puts a reviewed reminder in the user's mailbox (a reply-all in the invoice's thread, a new
 * message, or the draft open beside the pane) and logs the step.
 *
 * Calls, in order: readRecord, writeRecord (the step logged), createDraft.
 * Failure policy:
 * - The step is logged before the draft is made, because a host cannot take back a form it has
 *   opened: a log that cannot be written (full, offline, refused) stops the use case with its error,
 *   no draft is made and the stored record is as it was.
 * - If the draft then fails, the record is put back as it was read, and the user sees the draft's error.
 * - A write refused because the record moved on (`conflict`) is re-read and re-applied (updateRecord).
 */
import type { LedgerEntry } from '../ledger/ledger';
import type { LedgerCapacity } from '../ledger/ledger-capacity';
import { recordSent } from '../ledger/record-sent';
import type { DraftRequest, DraftResult } from '../mailbox/mailbox';
import type { MailMessage } from '../mailbox/mail-message';
import type { IsoDate } from '../model/iso-date';
import { isStepId } from '../model/step';
import type { RenderedReminder } from '../render/render-reminder';
import { call, type UseCase } from './port-call';
import { undoUpdate, updateRecord, withFormFacts } from './update-record';

export type DraftOutcome = { draft: DraftResult; entry: LedgerEntry; capacity: LedgerCapacity };

export type DraftInput = { reminder: RenderedReminder; entry: LedgerEntry; message?: MailMessage; today: IsoDate };

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

/** The record once the step is logged as sent today, in the thread of the message it answers. */
export function entryAfterDraft(stored: LedgerEntry | undefined, input: DraftInput): LedgerEntry {
  const { reminder, message, today } = input;
  const base = withFormFacts(stored, input.entry);
  const logged = isStepId(reminder.step) ? recordSent(base, reminder.step, today) : base;
  return { ...logged, ...(message ? { messageId: message.id, ...(message.threadId ? { threadId: message.threadId } : {}) } : {}) };
}

export function* createReminderDraft(input: DraftInput): UseCase<DraftOutcome> {
  const update = yield* updateRecord(input.entry.invoice.number, (stored) => entryAfterDraft(stored, input));
  try {
    const draft = yield* call('createDraft', draftRequestFor(input.reminder, input.entry, input.message));
    return { draft, entry: update.entry, capacity: update.capacity };
  } catch (failure) {
    return yield* undoUpdate(update, failure);
  }
}
