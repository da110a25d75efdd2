/**
 * Follow-up records as a file the user keeps (archive) and can import back: everything each record
 * holds, history included, as readable JSON. The import reads it back exactly, or refuses it whole
 * with every record at fault named, so nothing is half-restored.
 */
import { RelanceError, type FieldIssue } from '../errors/relance-error';
import type { IsoDate } from '../model/iso-date';
import { followUpKey, isFollowUpKey, type FollowUpKey } from './follow-up-key';
import type { FollowUpRecord } from './follow-up-record';
import { decodeRecord, encodeRecord } from './record-codec';

export const exportFormat = 'relance-follow-ups';
export const exportVersion = 1;

export type ExportedRecord = { key: FollowUpKey; record: FollowUpRecord };
export type FollowUpExport = { format: typeof exportFormat; version: typeof exportVersion; exportedOn: IsoDate; records: ExportedRecord[] };

export function exportRecords(records: readonly ExportedRecord[], exportedOn: IsoDate): string {
  const file: FollowUpExport = { format: exportFormat, version: exportVersion, exportedOn, records: records.map(({ key, record }) => ({ key, record })) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Keys in a fixed order, so two records holding the same facts compare equal as text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** The record, when it is one this code writes: encoding and decoding it must give back exactly the same facts. */
export function plainRecord(value: unknown): FollowUpRecord | undefined {
  try {
    const decoded = decodeRecord(encodeRecord(value as FollowUpRecord));
    if (!('record' in decoded)) return undefined;
    return JSON.stringify(canonical(decoded.record)) === JSON.stringify(canonical(value)) ? decoded.record : undefined;
  } catch {
    return undefined;
  }
}

export function importRecords(text: string): ExportedRecord[] {
  let file: Partial<FollowUpExport>;
  try {
    file = JSON.parse(text) as Partial<FollowUpExport>;
  } catch {
    throw new RelanceError('invalid-import', [{ field: 'import', problem: 'unreadable' }]);
  }
  if (!file || typeof file !== 'object' || file.format !== exportFormat || !Array.isArray(file.records)) {
    throw new RelanceError('invalid-import', [{ field: 'import', problem: 'unreadable' }]);
  }
  if (file.version !== exportVersion) throw new RelanceError('invalid-import', [{ field: 'import', problem: 'unknown-format' }]);
  const issues: FieldIssue[] = [];
  const records: ExportedRecord[] = [];
  file.records.forEach((entry: Partial<ExportedRecord> | null, index) => {
    const record = entry ? plainRecord(entry.record) : undefined;
    const key = entry?.key;
    if (!record || typeof key !== 'string' || !isFollowUpKey(key)) issues.push({ field: `records[${index}]`, problem: 'unreadable' });
    else records.push({ key, record });
  });
  if (issues.length > 0) throw new RelanceError('invalid-import', issues);
  return records;
}

/** The key a record is filed under; an export made by this code always agrees with it. */
export const keyOf = (record: FollowUpRecord): FollowUpKey => followUpKey(record.client, record.invoice);
