/**
 * A record as a small JSON file of its own (one per invoice in the user's OneDrive app folder):
 * readable by a person who opens it, with its format named so a file from another version of
 * Relance, or one edited into something else, is recognised and left alone.
 */
import { plainRecord } from './export-records';
import type { FollowUpKey } from './follow-up-key';
import { followUpRecordFormat, type FollowUpRecord } from './follow-up-record';

export const recordFileFormat = 'relance-follow-up';

export function recordFile(key: FollowUpKey, record: FollowUpRecord): string {
  return `${JSON.stringify({ format: recordFileFormat, version: followUpRecordFormat, key, record }, null, 1)}\n`;
}

export function readRecordFile(text: string): { record: FollowUpRecord } | { problem: 'unknown-format' | 'unreadable' } {
  let file: { format?: unknown; version?: unknown; record?: unknown };
  try {
    file = JSON.parse(text) as typeof file;
  } catch {
    return { problem: 'unreadable' };
  }
  if (!file || typeof file !== 'object' || file.format !== recordFileFormat) return { problem: 'unreadable' };
  if (file.version !== followUpRecordFormat) return { problem: 'unknown-format' };
  const record = plainRecord(file.record);
  return record ? { record } : { problem: 'unreadable' };
}
