/**
 * The record calls of the Mailbox port over today's stores, which keep the whole log as one value
 * (Outlook roaming settings, Apps Script user properties): a record's version is a fingerprint of
 * what is stored for it, so a write made from a stale read is refused as a per-record store would.
 */
import { absentVersion, type RecordVersion, type RecordWrite, type StoredRecord } from '../mailbox/mailbox';
import { MailboxError } from '../mailbox/mailbox-error';
import { findEntry } from './find-entry';
import { invoiceKey } from './invoice-key';
import type { Ledger, LedgerEntry } from './ledger';
import { ledgerCapacity } from './ledger-capacity';
import { upsertEntry } from './upsert-entry';

/** FNV-1a over the record's JSON: short, and the same in every host (no crypto in Apps Script's V8). */
export function recordVersion(entry: LedgerEntry | undefined): RecordVersion {
  if (!entry) return absentVersion;
  const json = JSON.stringify(entry);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i += 1) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `v${hash.toString(16)}-${json.length}`;
}

export function readLedgerRecord(ledger: Ledger, invoiceNumber: string): StoredRecord {
  const entry = findEntry(ledger, invoiceNumber);
  return entry ? { entry, version: recordVersion(entry) } : { version: absentVersion };
}

function checkVersion(ledger: Ledger, invoiceNumber: string, version: RecordVersion): void {
  const stored = recordVersion(findEntry(ledger, invoiceNumber));
  if (stored !== version) throw new MailboxError('conflict', `record ${invoiceNumber} is at ${stored}, not ${version}`);
}

/** The log with the record written; refuses a stale version (`conflict`) or a log the host cannot hold (`storage-full`). */
export function ledgerWithRecord(ledger: Ledger, entry: LedgerEntry, version: RecordVersion, limitBytes: number): { ledger: Ledger; write: RecordWrite } {
  checkVersion(ledger, entry.invoice.number, version);
  const next = upsertEntry(ledger, entry);
  const capacity = ledgerCapacity(next, limitBytes);
  if (capacity.level === 'full') throw new MailboxError('storage-full', `${capacity.usedBytes} bytes`);
  return { ledger: next, write: { version: recordVersion(entry), storage: { usedBytes: capacity.usedBytes, limitBytes } } };
}

export function ledgerWithoutRecord(ledger: Ledger, invoiceNumber: string, version: RecordVersion): Ledger {
  checkVersion(ledger, invoiceNumber, version);
  const key = invoiceKey(invoiceNumber);
  return { ...ledger, entries: ledger.entries.filter((entry) => invoiceKey(entry.invoice.number) !== key) };
}
