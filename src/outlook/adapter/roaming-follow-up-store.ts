/**
 * Follow-up records in Outlook roaming settings, the fallback when Graph is not configured. Roaming
 * settings hold 32 KB for the whole add-in and mailbox, so records are kept compact: no message or
 * thread ids (Exchange ids are about 150 characters and change when a message moves), no quoted
 * sentences. They are loaded once when the add-in starts and `saveAsync` writes the whole set
 * (HOST-FACTS, Outlook): within one pane each record's version is checked before its change is
 * applied to the loaded set, and saves go one after another, so two actions of one pane never undo
 * each other. Two panes or two devices still overwrite each other's saves: the host gives no way
 * to see another client's save before a restart. That is why OneDrive is the store when Graph is
 * configured. The v1 log (`relanceLedger`) is migrated by the first save, and kept if unreadable.
 */
import {
  absentVersion,
  decodeRecord,
  encodeRecord,
  type EncodedRecord,
  fingerprint,
  type FollowUpListing,
  type FollowUpStore,
  isFollowUpKey,
  isLedger,
  keyOf,
  MailboxError,
  migrateLedger,
  type RecordVersion,
  utf8Bytes,
} from '../../core';
import type { CallQueue } from '../office/call-queue';
import { officeAsync } from '../office/office-async';
import { fromOfficeError, type OfficeErrorLike } from '../office/office-error';
import type { RoamingSettingsLike } from '../office/office-host';

export const followUpSettingName = 'relanceFollowUps';
export const legacySettingName = 'relanceLedger';
/** Roaming settings hold 32 KB in all; 2 KB stay free for the user's other settings. */
export const roamingLimitBytes = 30 * 1024;

/**
 * The stored set: one item per record, the record alone when its key is the one its client and
 * number give (nearly always: 40 bytes saved a record), else `[key, record]`.
 */
type RoamingSet = { f: 2; r: unknown[] };
type Entry = { key: string; encoded: EncodedRecord; item: unknown };

function entriesOf(set: RoamingSet): Entry[] {
  return set.r.map((item, index) => {
    if (Array.isArray(item) && typeof item[0] === 'string' && Array.isArray(item[1])) return { key: item[0], encoded: item[1] as EncodedRecord, item };
    const decoded = decodeRecord(item);
    // A record we cannot read has no key we can compute: it is listed by its place, and kept as it is.
    return { key: 'record' in decoded ? keyOf(decoded.record) : `#${index}`, encoded: item as EncodedRecord, item };
  });
}

function withEntry(set: RoamingSet, key: string, encoded: EncodedRecord | undefined): RoamingSet {
  const entries = entriesOf(set);
  const at = entries.findIndex((entry) => entry.key === key);
  const items = entries.map((entry) => entry.item);
  const item = encoded === undefined ? undefined : keyOfEncoded(encoded) === key ? encoded : [key, encoded];
  if (at >= 0) {
    if (item === undefined) items.splice(at, 1);
    else items[at] = item;
  } else if (item !== undefined) items.push(item);
  return { ...set, r: items };
}

function keyOfEncoded(encoded: EncodedRecord): string | undefined {
  const decoded = decodeRecord(encoded);
  return 'record' in decoded ? keyOf(decoded.record) : undefined;
}

const versionOf = (encoded: EncodedRecord | undefined): RecordVersion => (encoded === undefined ? absentVersion : fingerprint(JSON.stringify(encoded)));

export type RoamingFollowUpStore = FollowUpStore & {
  /** Invoices held, and how many the settings hold at the size records take now. */
  capacity(): { invoices: number; fit: number; usedBytes: number; limitBytes: number };
};

export function createRoamingFollowUpStore(settings: RoamingSettingsLike, queue: CallQueue, limitBytes = roamingLimitBytes): RoamingFollowUpStore {
  let saving: Promise<unknown> = Promise.resolve();

  /** The set as loaded, the v1 log migrated into it when there is no set yet; `undefined` when the stored set is not one we read. */
  function loaded(): { set: RoamingSet; migrating: boolean } | undefined {
    const stored = settings.get(followUpSettingName) as Partial<RoamingSet> | undefined | null;
    if (stored !== undefined && stored !== null) {
      return stored.f === 2 && Array.isArray(stored.r) ? { set: stored as RoamingSet, migrating: false } : undefined;
    }
    const legacy: unknown = settings.get(legacySettingName);
    const ledger: unknown = typeof legacy === 'string' ? safeParse(legacy) : legacy;
    if (!isLedger(ledger)) return { set: { f: 2, r: [] }, migrating: false };
    let set: RoamingSet = { f: 2, r: [] };
    for (const { key, record } of migrateLedger(ledger)) set = withEntry(set, key, encodeRecord(record, { compact: true }));
    return { set, migrating: true };
  }

  function readable(): { set: RoamingSet; migrating: boolean } {
    const state = loaded();
    if (!state) throw new MailboxError('unreadable-record', followUpSettingName);
    return state;
  }

  function bytesOf(set: RoamingSet): number {
    return utf8Bytes(JSON.stringify(set));
  }

  /** Puts `next` in the loaded settings and saves the whole set; on failure the key goes back to what it was, unless changed since. */
  async function save(next: RoamingSet, key: string, previous: EncodedRecord | undefined, migrating: boolean): Promise<number> {
    const mine = entriesOf(next).find((entry) => entry.key === key)?.encoded;
    const usedBytes = bytesOf(next);
    if (usedBytes > limitBytes) throw new MailboxError('storage-full', `${usedBytes} bytes`);
    try {
      settings.set(followUpSettingName, next);
    } catch (error) {
      // `set` throws 9057 itself when the settings would pass 32 KB.
      throw fromOfficeError(error as OfficeErrorLike, 'roamingSettings.set');
    }
    const legacy: unknown = migrating ? settings.get(legacySettingName) : undefined;
    if (migrating) settings.remove(legacySettingName);
    const run = saving.then(() => officeAsync<void>(queue, 'roamingSettings.saveAsync', (callback) => settings.saveAsync(callback)));
    saving = run.catch(() => undefined);
    try {
      await run;
    } catch (error) {
      const now = settings.get(followUpSettingName) as RoamingSet;
      // Compared as text: the host may hand back a copy of what was set.
      if (JSON.stringify(entriesOf(now).find((entry) => entry.key === key)?.encoded) === JSON.stringify(mine)) settings.set(followUpSettingName, withEntry(now, key, previous));
      if (migrating) {
        settings.remove(followUpSettingName);
        settings.set(legacySettingName, legacy);
      }
      throw error;
    }
    return usedBytes;
  }

  return {
    async list() {
      const listing: FollowUpListing = { records: [], unreadable: [] };
      const state = loaded();
      if (!state) return { records: [], unreadable: [{ key: followUpSettingName, reason: 'unknown-format' }] };
      for (const { key, encoded } of entriesOf(state.set)) {
        const decoded = decodeRecord(encoded);
        if ('record' in decoded) listing.records.push({ key, record: decoded.record, version: versionOf(encoded) });
        else listing.unreadable.push({ key, reason: decoded.problem });
      }
      const legacy: unknown = settings.get(legacySettingName);
      if (legacy !== undefined && legacy !== null && !state.migrating && !isLedger(typeof legacy === 'string' ? safeParse(legacy) : legacy)) {
        listing.unreadable.push({ key: legacySettingName, reason: 'unknown-format' });
      }
      return Promise.resolve(listing);
    },
    get(key) {
      const { set } = readable();
      const encoded = entriesOf(set).find((entry) => entry.key === key)?.encoded;
      if (encoded === undefined) return Promise.resolve({ version: absentVersion });
      const decoded = decodeRecord(encoded);
      if (!('record' in decoded)) return Promise.reject(new MailboxError('unreadable-record', `${key}: ${decoded.problem}`));
      return Promise.resolve({ record: decoded.record, version: versionOf(encoded) });
    },
    async write(key, record, expected) {
      if (!isFollowUpKey(key)) throw new MailboxError('host-error', `not a follow-up key: ${key}`);
      const { set, migrating } = readable();
      const previous = entriesOf(set).find((entry) => entry.key === key)?.encoded;
      if (previous !== undefined && !('record' in decodeRecord(previous))) throw new MailboxError('unreadable-record', key);
      const version = versionOf(previous);
      if (version !== expected) throw new MailboxError('conflict', `record ${key} is at ${version}, not ${expected}`);
      const encoded = encodeRecord(record, { compact: true });
      const usedBytes = await save(withEntry(set, key, encoded), key, previous, migrating);
      return { version: versionOf(encoded), storage: { usedBytes, limitBytes } };
    },
    async remove(key, expected) {
      const { set, migrating } = readable();
      const previous = entriesOf(set).find((entry) => entry.key === key)?.encoded;
      const version = versionOf(previous);
      if (version !== expected) throw new MailboxError('conflict', `record ${key} is at ${version}, not ${expected}`);
      if (previous === undefined) return;
      await save(withEntry(set, key, undefined), key, previous, migrating);
    },
    capacity() {
      const state = loaded();
      const set = state?.set ?? { f: 2, r: [] };
      const invoices = set.r.length;
      const usedBytes = bytesOf(set);
      const empty = bytesOf({ f: 2, r: [] });
      const average = invoices > 0 ? (usedBytes - empty) / invoices : 150;
      return { invoices, fit: Math.floor((limitBytes - empty) / average), usedBytes, limitBytes };
    },
  };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
