/**
 * Follow-up records in Apps Script user properties, one property per invoice (`relance.r.<key>`),
 * in the compact stored form. Apps Script runs two executions of one user at once, so every
 * load-modify-save happens inside `LockService.getUserLock()` and reloads what it compares inside
 * the lock (HOST-FACTS, Gmail: "Every load-modify-save of stored data runs inside the user lock,
 * and reloads inside it"). A record's version is a fingerprint of its stored text. A value this
 * code cannot read is reported and never written over. The v1 log is migrated on first use.
 */
import {
  absentVersion,
  decodeRecord,
  encodeRecord,
  fingerprint,
  type FollowUpListing,
  type FollowUpRecord,
  type FollowUpWrite,
  type LedgerStorage,
  isFollowUpKey,
  MailboxError,
  migrateLedger,
  type RecordVersion,
  type StoredFollowUp,
  type SyncFollowUpStore,
  utf8Bytes,
} from '../../core';
import { readLegacyLedger } from './legacy-ledger';
import { type PropertyHost, type PropertySteps, runSteps, step } from './property-steps';

export const recordPrefix = 'relance.r.';
/** Apps Script: 9 KB a value, 500 KB a store (HOST-FACTS, Gmail). */
export const valueLimitBytes = 9 * 1024;
export const storeLimitBytes = 500 * 1024;
/** Left for the user's settings and the organisation's, which share the store. */
export const reservedBytes = 12 * 1024;

const propertyKey = (key: string) => `${recordPrefix}${key}`;

function checkKey(key: string): void {
  if (!isFollowUpKey(key)) throw new MailboxError('host-error', `not a follow-up key: ${key}`);
}

function storedBytes(all: Record<string, string>): number {
  let total = 0;
  for (const [key, value] of Object.entries(all)) total += utf8Bytes(key) + utf8Bytes(value);
  return total;
}

function decodeStored(raw: string): ReturnType<typeof decodeRecord> {
  try {
    return decodeRecord(JSON.parse(raw));
  } catch {
    return { problem: 'unreadable' };
  }
}

function read(key: string, raw: string | null): StoredFollowUp {
  if (raw === null) return { version: absentVersion };
  const decoded = decodeStored(raw);
  if (!('record' in decoded)) throw new MailboxError('unreadable-record', `${key}: ${decoded.problem}`);
  return { record: decoded.record, version: fingerprint(raw) };
}

/** The store's operations as steps; `createUserPropertiesFollowUpStore` runs them, the tests interleave them. */
export const followUpSteps = {
  /** Moves the v1 log into records, inside the lock; the old log goes only once every record is written. */
  *migrate(): PropertySteps<void> {
    const index = yield* step<string | null>({ op: 'get', key: 'relance.ledger' });
    if (index === null) return;
    yield* step({ op: 'lock' });
    try {
      const all = yield* step<Record<string, string>>({ op: 'getAll' });
      const legacy = readLegacyLedger(all);
      // Unreadable: kept as it is, and reported by `list`.
      if (!legacy || 'problem' in legacy) return;
      for (const { key, record } of migrateLedger(legacy.ledger)) {
        if (all[propertyKey(key)] === undefined) yield* step({ op: 'set', key: propertyKey(key), value: JSON.stringify(encodeRecord(record)) });
      }
      for (const key of legacy.keys) yield* step({ op: 'delete', key });
    } finally {
      yield* step({ op: 'unlock' });
    }
  },

  *list(): PropertySteps<FollowUpListing> {
    yield* followUpSteps.migrate();
    const all = yield* step<Record<string, string>>({ op: 'getAll' });
    const listing: FollowUpListing = { records: [], unreadable: [] };
    for (const [name, raw] of Object.entries(all)) {
      if (!name.startsWith(recordPrefix)) continue;
      const key = name.slice(recordPrefix.length);
      const decoded = decodeStored(raw);
      if ('record' in decoded) listing.records.push({ key, record: decoded.record, version: fingerprint(raw) });
      else listing.unreadable.push({ key, reason: decoded.problem });
    }
    const legacy = readLegacyLedger(all);
    if (legacy && 'problem' in legacy) listing.unreadable.push({ key: 'relance.ledger', reason: legacy.problem });
    return listing;
  },

  *get(key: string): PropertySteps<StoredFollowUp> {
    checkKey(key);
    yield* followUpSteps.migrate();
    return read(key, yield* step<string | null>({ op: 'get', key: propertyKey(key) }));
  },

  *write(key: string, record: FollowUpRecord, expected: RecordVersion): PropertySteps<FollowUpWrite> {
    checkKey(key);
    const value = JSON.stringify(encodeRecord(record));
    const bytes = utf8Bytes(propertyKey(key)) + utf8Bytes(value);
    if (utf8Bytes(value) > valueLimitBytes) throw new MailboxError('storage-full', `record ${key}: ${bytes} bytes`);
    yield* followUpSteps.migrate();
    yield* step({ op: 'lock' });
    try {
      // Reloaded inside the lock: what another execution wrote before we got it is what we compare with.
      const all = yield* step<Record<string, string>>({ op: 'getAll' });
      const current = all[propertyKey(key)] ?? null;
      read(key, current);
      const version = current === null ? absentVersion : fingerprint(current);
      if (version !== expected) throw new MailboxError('conflict', `record ${key} is at ${version}, not ${expected}`);
      const usedBytes = storedBytes(all) - (current === null ? 0 : utf8Bytes(propertyKey(key)) + utf8Bytes(current)) + bytes;
      if (usedBytes > storeLimitBytes) throw new MailboxError('storage-full', `${usedBytes} bytes`);
      yield* step({ op: 'set', key: propertyKey(key), value });
      return { version: fingerprint(value), storage: { usedBytes, limitBytes: storeLimitBytes - reservedBytes } };
    } finally {
      yield* step({ op: 'unlock' });
    }
  },

  *remove(key: string, expected: RecordVersion): PropertySteps<void> {
    checkKey(key);
    yield* followUpSteps.migrate();
    yield* step({ op: 'lock' });
    try {
      const current = yield* step<string | null>({ op: 'get', key: propertyKey(key) });
      const version = current === null ? absentVersion : fingerprint(current);
      if (version !== expected) throw new MailboxError('conflict', `record ${key} is at ${version}, not ${expected}`);
      if (current !== null) yield* step({ op: 'delete', key: propertyKey(key) });
    } finally {
      yield* step({ op: 'unlock' });
    }
  },
};

export function createUserPropertiesFollowUpStore(host: PropertyHost): SyncFollowUpStore & { usage(): LedgerStorage } {
  return {
    usage: () => ({ usedBytes: storedBytes(runSteps(step<Record<string, string>>({ op: 'getAll' }), host)), limitBytes: storeLimitBytes - reservedBytes }),
    list: () => runSteps(followUpSteps.list(), host),
    get: (key) => runSteps(followUpSteps.get(key), host),
    write: (key, record, expected) => runSteps(followUpSteps.write(key, record, expected), host),
    remove: (key, expected) => runSteps(followUpSteps.remove(key, expected), host),
  };
}

/** How many invoices the store holds, at the size its records take on average. */
export function gmailCapacityInInvoices(records: number, usedBytes: number): number {
  const average = records > 0 ? usedBytes / records : 400;
  return Math.floor((storeLimitBytes - reservedBytes) / average);
}
