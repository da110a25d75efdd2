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

type RoamingSet = { f: 2; r: Record<string, EncodedRecord> };

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
      return stored.f === 2 && typeof stored.r === 'object' && stored.r !== null ? { set: stored as RoamingSet, migrating: false } : undefined;
    }
    const legacy: unknown = settings.get(legacySettingName);
    const ledger: unknown = typeof legacy === 'string' ? safeParse(legacy) : legacy;
    if (!isLedger(ledger)) return { set: { f: 2, r: {} }, migrating: false };
    const r: Record<string, EncodedRecord> = {};
    for (const { key, record } of migrateLedger(ledger)) r[key] = encodeRecord(record, { compact: true });
    return { set: { f: 2, r }, migrating: true };
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
      if (now.r[key] === next.r[key]) {
        const r = { ...now.r };
        if (previous === undefined) delete r[key];
        else r[key] = previous;
        settings.set(followUpSettingName, { ...now, r });
      }
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
      for (const [key, encoded] of Object.entries(state.set.r)) {
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
      const encoded = set.r[key];
      if (encoded === undefined) return Promise.resolve({ version: absentVersion });
      const decoded = decodeRecord(encoded);
      if (!('record' in decoded)) return Promise.reject(new MailboxError('unreadable-record', `${key}: ${decoded.problem}`));
      return Promise.resolve({ record: decoded.record, version: versionOf(encoded) });
    },
    async write(key, record, expected) {
      if (!isFollowUpKey(key)) throw new MailboxError('host-error', `not a follow-up key: ${key}`);
      const { set, migrating } = readable();
      const previous = set.r[key];
      if (previous !== undefined && !('record' in decodeRecord(previous))) throw new MailboxError('unreadable-record', key);
      const version = versionOf(previous);
      if (version !== expected) throw new MailboxError('conflict', `record ${key} is at ${version}, not ${expected}`);
      const encoded = encodeRecord(record, { compact: true });
      const usedBytes = await save({ ...set, r: { ...set.r, [key]: encoded } }, key, previous, migrating);
      return { version: versionOf(encoded), storage: { usedBytes, limitBytes } };
    },
    async remove(key, expected) {
      const { set, migrating } = readable();
      const previous = set.r[key];
      const version = versionOf(previous);
      if (version !== expected) throw new MailboxError('conflict', `record ${key} is at ${version}, not ${expected}`);
      if (previous === undefined) return;
      const r = { ...set.r };
      delete r[key];
      await save({ ...set, r }, key, previous, migrating);
    },
    capacity() {
      const state = loaded();
      const set = state?.set ?? { f: 2, r: {} };
      const invoices = Object.keys(set.r).length;
      const usedBytes = bytesOf(set);
      const empty = bytesOf({ f: 2, r: {} });
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
