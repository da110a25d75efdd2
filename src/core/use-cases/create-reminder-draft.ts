/**
 * Puts a reviewed reminder in the user's mailbox (a reply-all in the invoice's thread, a new
 * message, or the draft open beside the pane) and logs it as drafted. It is logged as sent only
 * when the sent message is seen in the thread (`noteSentReminders`) or the user confirms it.
 *
 * Calls, in order: readRecord, writeRecord (the draft logged), createDraft.
 * Failure policy:
 * - The draft is logged before it is made, because a host cannot take back a form it has opened:
 *   a log that cannot be written (full, offline, refused) stops the use case with its error, no
 *   draft is made and the stored record is as it was.
 * - If the draft then fails, the record is put back as it was read, and the user sees the draft's error.
 * - A write refused because the record moved on (`conflict`) is re-read and re-applied (updateRecord).
 */
import { withEvent } from '../follow-up/with-event';
import type { FollowUpRecord } from '../follow-up/follow-up-record';
import type { LedgerEntry } from '../ledger/ledger';
import type { LedgerCapacity } from '../ledger/ledger-capacity';
import type { DraftRequest, DraftResult } from '../mailbox/mailbox';
import type { MailMessage } from '../mailbox/mail-message';
import type { IsoDate } from '../model/iso-date';
import { isStepId } from '../model/step';
import type { RenderedReminder } from '../render/render-reminder';
import { call, type UseCase } from './port-call';
import { undoUpdate, updateRecord } from './update-record';

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

/** The record once the draft is logged, in the thread of the message it answers. */
export function recordAfterDraft(base: FollowUpRecord, input: DraftInput): FollowUpRecord {
  const { reminder, message, today } = input;
  const logged = isStepId(reminder.step) ? withEvent(base, { kind: 'drafted', on: today, step: reminder.step }) : base;
  return message?.threadId && !logged.threadId ? { ...logged, threadId: message.threadId } : logged;
}

export function* createReminderDraft(input: DraftInput): UseCase<DraftOutcome> {
  const update = yield* updateRecord(input.entry, (base) => recordAfterDraft(base, input));
  try {
    const draft = yield* call('createDraft', draftRequestFor(input.reminder, input.entry, input.message));
    return { draft, entry: update.entry, capacity: update.capacity };
  } catch (failure) {
    return yield* undoUpdate(update, failure);
  }
}
