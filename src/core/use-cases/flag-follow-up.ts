/**
 * Marks the thread for follow-up on the day the next step (or the promised payment) falls due, and
 * keeps that day in the log, the one place both hosts show it (a Graph flag, a category, a label).
 *
 * Calls, in order: readRecord, writeRecord (the date logged), flagForFollowUp.
 * Failure policy:
 * - A log that cannot be written stops the use case with its error; the thread is not marked and
 *   the stored record is as it was.
 * - If the mailbox then cannot mark the thread, the record is put back as it was read and the user
 *   sees the mailbox's error. (An Outlook without Graph consent is not a failure: it answers with a
 *   category or the log only, and a hint saying why.)
 */
import type { LedgerEntry } from '../ledger/ledger';
import type { LedgerCapacity } from '../ledger/ledger-capacity';
import type { FlagResult } from '../mailbox/mailbox';
import type { MailMessage } from '../mailbox/mail-message';
import type { IsoDate } from '../model/iso-date';
import type { ReminderPlan } from '../plan/reminder-plan';
import { call, type UseCase } from './port-call';
import { undoUpdate, updateRecord, withFormFacts } from './update-record';

export type FlagOutcome = { flag: FlagResult; entry: LedgerEntry; capacity: LedgerCapacity };

/** The day to flag for: the next step's date, or today when a step is due now. */
export function followUpDate(plan: ReminderPlan, today: IsoDate): IsoDate | undefined {
  if (plan.action === 'stop') return undefined;
  return plan.next?.on ?? today;
}

export function* flagFollowUp(input: { entry: LedgerEntry; message: MailMessage; on: IsoDate }): UseCase<FlagOutcome> {
  const { message, on } = input;
  const update = yield* updateRecord(input.entry.invoice.number, (stored) => ({
    ...withFormFacts(stored, input.entry),
    followUpOn: on,
    messageId: message.id,
    ...(message.threadId ? { threadId: message.threadId } : {}),
  }));
  try {
    const flag = yield* call('flagForFollowUp', message.id, on);
    return { flag, entry: update.entry, capacity: update.capacity };
  } catch (failure) {
    return yield* undoUpdate(update, failure);
  }
}
