/**
 * Archive and restore. Archiving is two steps so nothing is removed that the user does not hold:
 * `prepareArchive` makes the file of every settled record (history included); once the shell has
 * handed it to the user, `removeArchived` removes those records, each with the version exported,
 * so a record that changed since (a late payment, a new reminder) is kept, not lost.
 * `restoreRecords` puts exported records back exactly; one that exists again with other facts is
 * left as it is and reported, never overwritten.
 */
import { absentVersion, type RecordVersion } from '../mailbox/mailbox';
import { isMailboxError } from '../mailbox/mailbox-error';
import type { IsoDate } from '../model/iso-date';
import { exportRecords, type ExportedRecord } from './export-records';
import type { FollowUpKey } from './follow-up-key';
import { type FollowUpListing, type StoreCall, storeCall } from './follow-up-store';
import { isSettled } from './is-settled';

export type PreparedArchive = { file: string; items: { key: FollowUpKey; version: RecordVersion }[] };

export function prepareArchive(listing: FollowUpListing, today: IsoDate): PreparedArchive {
  const settled = listing.records.filter((listed) => isSettled(listed.record));
  return {
    file: exportRecords(settled.map(({ key, record }) => ({ key, record })), today),
    items: settled.map(({ key, version }) => ({ key, version })),
  };
}

export type ArchiveOutcome = { removed: FollowUpKey[]; changedSince: FollowUpKey[] };

export function* removeArchived(items: PreparedArchive['items']): Generator<StoreCall, ArchiveOutcome, unknown> {
  const outcome: ArchiveOutcome = { removed: [], changedSince: [] };
  for (const { key, version } of items) {
    try {
      yield* storeCall('remove', key, version);
      outcome.removed.push(key);
    } catch (error) {
      if (!isMailboxError(error) || error.code !== 'conflict') throw error;
      outcome.changedSince.push(key);
    }
  }
  return outcome;
}

export type RestoreOutcome = { restored: FollowUpKey[]; alreadyThere: FollowUpKey[]; keptAsStored: FollowUpKey[] };

export function* restoreRecords(records: readonly ExportedRecord[]): Generator<StoreCall, RestoreOutcome, unknown> {
  const outcome: RestoreOutcome = { restored: [], alreadyThere: [], keptAsStored: [] };
  for (const { key, record } of records) {
    const stored = yield* storeCall('get', key);
    if (stored.version === absentVersion) {
      try {
        yield* storeCall('write', key, record, absentVersion);
        outcome.restored.push(key);
      } catch (error) {
        if (!isMailboxError(error) || error.code !== 'conflict') throw error;
        outcome.keptAsStored.push(key);
      }
    } else if (JSON.stringify(stored.record) === JSON.stringify(record)) outcome.alreadyThere.push(key);
    else outcome.keptAsStored.push(key);
  }
  return outcome;
}
