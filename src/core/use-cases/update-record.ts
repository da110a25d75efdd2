/**
 * The store half every use case shares: read an invoice's follow-up record, apply a change (a pure
 * function of the record, the form's facts already applied), write it with the version read. When
 * another pane, device or execution wrote the record in between, the write is refused (`conflict`):
 * read again and re-apply, a few times, then give up with the conflict. A record the code cannot
 * read stops the use case (`unreadable-record`) before anything is written. `undoUpdate` puts the
 * record back as it was read, when a later call fails.
 */
import { entryOfRecord } from '../follow-up/entry-of-record';
import type { FollowUpEvent } from '../follow-up/follow-up-event';
import { followUpKey, type FollowUpKey } from '../follow-up/follow-up-key';
import type { FollowUpRecord } from '../follow-up/follow-up-record';
import { updateAttempts } from '../follow-up/update-follow-up';
import type { LedgerEntry } from '../ledger/ledger';
import { type LedgerCapacity, storageCapacity } from '../ledger/ledger-capacity';
import type { RecordVersion } from '../mailbox/mailbox';
import { isMailboxError } from '../mailbox/mailbox-error';
import { call, type PortCall } from './port-call';

export const writeAttempts = updateAttempts;

export type RecordUpdate = {
  key: FollowUpKey;
  /** The record as it was read, before the change; undefined when the invoice was not followed. */
  before?: FollowUpRecord;
  record: FollowUpRecord;
  /** The record as the planner and the forms read it. */
  entry: LedgerEntry;
  /** The version of what was written, for a later undo. */
  version: RecordVersion;
  capacity: LedgerCapacity;
};

/** The key of the record an entry is about: its own when it came from the store. */
export const keyOfEntry = (entry: LedgerEntry): FollowUpKey => entry.key ?? followUpKey(entry.client, entry.invoice);

export function* updateRecord(entry: LedgerEntry, change: (base: FollowUpRecord) => FollowUpRecord): Generator<PortCall, RecordUpdate, unknown> {
  const key = keyOfEntry(entry);
  for (let attempt = 1; ; attempt += 1) {
    const stored = yield* call('readRecord', key);
    const record = change(withFormFacts(stored.record, entry));
    try {
      const written = yield* call('writeRecord', key, record, stored.version);
      return { key, ...(stored.record ? { before: stored.record } : {}), record, entry: entryOfRecord(key, record), version: written.version, capacity: storageCapacity(written.storage) };
    } catch (error) {
      if (attempt < writeAttempts && isMailboxError(error) && error.code === 'conflict') continue;
      throw error;
    }
  }
}

/**
 * Puts the record back as it was read, then rethrows the failure that made it necessary: the user
 * is told why the action failed. If putting it back fails too, the record keeps the change, and the
 * original failure is still the one shown.
 */
export function* undoUpdate(update: RecordUpdate, failure: unknown): Generator<PortCall, never, unknown> {
  try {
    if (update.before) yield* call('writeRecord', update.key, update.before, update.version);
    else yield* call('removeRecord', update.key, update.version);
  } catch {
    // The failure that matters to the user is the one below.
  }
  throw failure;
}

/**
 * The record as stored, with what the user corrected in the form: the invoice, the client, and the
 * part payments (the form is where the user keeps them: a line emptied there is a payment removed).
 */
export function withFormFacts(stored: FollowUpRecord | undefined, corrected: LedgerEntry): FollowUpRecord {
  const payments = corrected.history.partialPayments ?? [];
  const events: FollowUpEvent[] = stored?.events ?? [];
  const kept = events.filter((event) => !(event.kind === 'payment-received' && event.partial));
  const partial: FollowUpEvent[] = payments.map((payment) => ({ kind: 'payment-received', on: payment.on, partial: true, amount: payment.amount }));
  return {
    ...(stored ?? {}),
    invoice: corrected.invoice,
    client: corrected.client,
    ...(stored?.threadId || corrected.threadId ? { threadId: stored?.threadId ?? corrected.threadId } : {}),
    events: [...kept, ...partial].sort((a, b) => a.on.localeCompare(b.on)),
  };
}
