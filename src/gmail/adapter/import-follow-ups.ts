/**
 * Writes an aged balance's records in one go, all or nothing: inside the user lock the store is
 * read again, matched, and every new or changed record is checked against Apps Script's quotas
 * (9 KB a value, 500 KB a store: HOST-FACTS, Gmail) before a single `setProperties` writes them.
 * An import that does not fit is refused whole, never left half written; if the write itself
 * fails, what it may have written is put back as it was.
 */
import {
  decodeRecord,
  encodeRecord,
  fingerprint,
  type FollowUpListing,
  type FollowUpKey,
  type LedgerStorage,
  type MatchedRecords,
  utf8Bytes,
} from '../../core';
import { lockTimeoutMs, type PropertyHost } from './property-steps';
import { hostCall } from './to-mailbox-error';
import { createUserPropertiesFollowUpStore, recordPrefix, reservedBytes, storeLimitBytes, valueLimitBytes } from './user-properties-follow-up-store';

export type ImportRefusal =
  | { code: 'too-large'; neededBytes: number; freeBytes: number }
  | { code: 'record-too-large'; key: FollowUpKey }
  /** A new record's key is already stored under another spelling of the client (or unreadable). */
  | { code: 'key-taken'; key: FollowUpKey };

export type ImportWrite = { ok: true; added: number; updated: number; storage: LedgerStorage } | { ok: false; refusal: ImportRefusal };

const bytesOf = (all: Record<string, string>) => Object.entries(all).reduce((total, [key, value]) => total + utf8Bytes(key) + utf8Bytes(value), 0);

function listingOf(all: Record<string, string>): FollowUpListing {
  const listing: FollowUpListing = { records: [], unreadable: [] };
  for (const [name, raw] of Object.entries(all)) {
    if (!name.startsWith(recordPrefix)) continue;
    const key = name.slice(recordPrefix.length);
    let decoded: ReturnType<typeof decodeRecord>;
    try {
      decoded = decodeRecord(JSON.parse(raw));
    } catch {
      decoded = { problem: 'unreadable' };
    }
    if ('record' in decoded) listing.records.push({ key, record: decoded.record, version: fingerprint(raw) });
    else listing.unreadable.push({ key, reason: decoded.problem });
  }
  return listing;
}

/**
 * What the import would write against the store as it stands, checked but not written: for the
 * card that asks before following, and again inside the lock for the write itself.
 */
export function checkImport(all: Record<string, string>, matched: MatchedRecords): { values: Record<string, string> } | { refusal: ImportRefusal } {
  const values: Record<string, string> = {};
  for (const { key, record } of matched.created) {
    const name = `${recordPrefix}${key}`;
    if (all[name] !== undefined || values[name] !== undefined) return { refusal: { code: 'key-taken', key } };
    values[name] = JSON.stringify(encodeRecord(record));
  }
  for (const { listed, record } of matched.changed) values[`${recordPrefix}${listed.key}`] = JSON.stringify(encodeRecord(record));
  for (const [name, value] of Object.entries(values)) {
    if (utf8Bytes(value) > valueLimitBytes) return { refusal: { code: 'record-too-large', key: name.slice(recordPrefix.length) } };
  }
  const before = bytesOf(all);
  const replaced = Object.keys(values).reduce((total, name) => total + (all[name] === undefined ? 0 : utf8Bytes(name) + utf8Bytes(all[name] as string)), 0);
  const neededBytes = bytesOf(values) - replaced;
  const freeBytes = Math.max(0, storeLimitBytes - reservedBytes - before);
  if (neededBytes > freeBytes) return { refusal: { code: 'too-large', neededBytes, freeBytes } };
  return { values };
}

/** The store's listing and raw properties, the v1 log migrated first (outside the import's lock). */
export function readForImport(host: PropertyHost): { listing: FollowUpListing; all: Record<string, string> } {
  createUserPropertiesFollowUpStore(host).list();
  const all = hostCall(() => host.properties.getProperties());
  return { listing: listingOf(all), all };
}

export function importFollowUps(host: PropertyHost, match: (listing: FollowUpListing) => MatchedRecords): ImportWrite {
  createUserPropertiesFollowUpStore(host).list();
  hostCall(() => host.lock.waitLock(lockTimeoutMs));
  try {
    // Read again inside the lock: another execution may have written since the card was shown.
    const all = hostCall(() => host.properties.getProperties());
    const matched = match(listingOf(all));
    const checked = checkImport(all, matched);
    if ('refusal' in checked) return { ok: false, refusal: checked.refusal };
    const { values } = checked;
    if (Object.keys(values).length > 0) {
      try {
        hostCall(() => host.properties.setProperties(values));
      } catch (failure) {
        restore(host, all, Object.keys(values));
        throw failure;
      }
    }
    const usedBytes = bytesOf({ ...all, ...values });
    return { ok: true, added: matched.created.length, updated: matched.changed.length, storage: { usedBytes, limitBytes: storeLimitBytes - reservedBytes } };
  } finally {
    try {
      host.lock.releaseLock();
    } catch {
      // The lock expires with the execution (LockService docs); the write above is complete.
    }
  }
}

/** Apps Script does not say a failed setProperties wrote nothing: each key goes back to what it was. */
function restore(host: PropertyHost, all: Record<string, string>, names: string[]): void {
  for (const name of names) {
    try {
      const before = all[name];
      if (before === undefined) host.properties.deleteProperty(name);
      else host.properties.setProperty(name, before);
    } catch {
      // The failure the user sees is the write's; a key left over is a record that reads back whole.
    }
  }
}
