/**
 * A follow-up store in memory, for the core's tests: versions move on every write, a stale write is
 * refused with `conflict` like a stale eTag (412), and `interfere` lets a test change a record
 * between a use case's read and its write, as another pane would.
 */
import { absentVersion, type FollowUpListing, type FollowUpRecord, MailboxError, type SyncFollowUpStore } from '../../../src/core';

export class MemoryFollowUpStore implements SyncFollowUpStore {
  readonly records = new Map<string, { record: FollowUpRecord; version: string } | { unreadable: 'unknown-format' | 'unreadable'; version: string }>();
  writes = 0;
  private revision = 0;
  /** Runs before each write is checked: another writer's turn. */
  interfere: ((store: MemoryFollowUpStore) => void) | undefined;

  /** A store that refuses records whose JSON passes this many characters, as a host at its limit. */
  constructor(readonly limitBytes = Number.POSITIVE_INFINITY) {}

  put(key: string, record: FollowUpRecord): string {
    const version = `v${++this.revision}`;
    this.records.set(key, { record: structuredClone(record), version });
    return version;
  }

  list(): FollowUpListing {
    const listing: FollowUpListing = { records: [], unreadable: [] };
    for (const [key, stored] of this.records) {
      if ('record' in stored) listing.records.push({ key, record: structuredClone(stored.record), version: stored.version });
      else listing.unreadable.push({ key, reason: stored.unreadable });
    }
    return listing;
  }

  get(key: string) {
    const stored = this.records.get(key);
    if (!stored) return { version: absentVersion };
    if (!('record' in stored)) throw new MailboxError('unreadable-record', key);
    return { record: structuredClone(stored.record), version: stored.version };
  }

  write(key: string, record: FollowUpRecord, expected: string) {
    const interfere = this.interfere;
    this.interfere = undefined;
    interfere?.(this);
    const stored = this.records.get(key);
    if (stored && !('record' in stored)) throw new MailboxError('unreadable-record', key);
    if ((stored?.version ?? absentVersion) !== expected) throw new MailboxError('conflict', key);
    const usedBytes = JSON.stringify(record).length;
    if (usedBytes > this.limitBytes) throw new MailboxError('storage-full', `${usedBytes} bytes`);
    this.writes += 1;
    return { version: this.put(key, record), storage: { usedBytes, limitBytes: this.limitBytes } };
  }

  remove(key: string, expected: string) {
    const stored = this.records.get(key);
    if ((stored?.version ?? absentVersion) !== expected) throw new MailboxError('conflict', key);
    this.records.delete(key);
  }
}
