/**
 * Read a record, apply a change (a pure function of the record), write it with the version read.
 * When another pane, device or execution wrote the record in between, the write is refused
 * (`conflict`): read again and apply the change again to what is now stored, a bounded number of
 * times, then give up with the conflict. A record this code cannot read stops the update
 * (`unreadable-record`) before anything is written.
 */
import { absentVersion, type LedgerStorage, type RecordVersion } from '../mailbox/mailbox';
import { isMailboxError } from '../mailbox/mailbox-error';
import type { FollowUpKey } from './follow-up-key';
import type { FollowUpRecord } from './follow-up-record';
import { type FollowUpStore, type StoreCall, storeCall, type SyncFollowUpStore } from './follow-up-store';
import { runStoreAsync, runStoreSync } from './run-store';

/** Enough for two writers racing on one record; a third refusal in a row is shown to the user. */
export const updateAttempts = 6;

export type FollowUpChange = (stored: FollowUpRecord | undefined) => FollowUpRecord;

export type FollowUpUpdate = {
  /** The record as read before the change; absent when the invoice was not followed yet. */
  before?: FollowUpRecord;
  record: FollowUpRecord;
  /** The version written, for a later undo. */
  version: RecordVersion;
  storage: LedgerStorage;
  /** Writes refused because the record had moved on, then re-applied. */
  conflicts: number;
};

export function* updateFollowUp(key: FollowUpKey, change: FollowUpChange, attempts = updateAttempts): Generator<StoreCall, FollowUpUpdate, unknown> {
  for (let attempt = 1; ; attempt += 1) {
    const stored = yield* storeCall('get', key);
    const record = change(stored.record);
    try {
      const written = yield* storeCall('write', key, record, stored.version);
      return { ...(stored.record ? { before: stored.record } : {}), record, version: written.version, storage: written.storage, conflicts: attempt - 1 };
    } catch (error) {
      if (attempt < attempts && isMailboxError(error) && error.code === 'conflict') continue;
      throw error;
    }
  }
}

/** Puts a record back as it was before an update, when a later step of a use case failed. */
export function* undoFollowUp(key: FollowUpKey, update: FollowUpUpdate): Generator<StoreCall, void, unknown> {
  if (update.before) yield* storeCall('write', key, update.before, update.version);
  else if (update.version !== absentVersion) yield* storeCall('remove', key, update.version);
}

export function updateRecord(store: FollowUpStore, key: FollowUpKey, change: FollowUpChange): Promise<FollowUpUpdate> {
  return runStoreAsync(updateFollowUp(key, change), store);
}

export function updateRecordSync(store: SyncFollowUpStore, key: FollowUpKey, change: FollowUpChange): FollowUpUpdate {
  return runStoreSync(updateFollowUp(key, change), store);
}
