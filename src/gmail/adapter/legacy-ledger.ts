/**
 * Reads the v1 promise log that earlier versions kept in user properties: an index
 * (`relance.ledger`) naming a generation of chunks (`relance.ledger.<generation>.<n>`). Used only
 * to migrate it; an index or chunk that does not read is reported, and the old log is kept.
 */
import { isLedger, type Ledger } from '../../core';

export const legacyIndexKey = 'relance.ledger';
export const legacyChunkPrefix = 'relance.ledger.';

export type LegacyLedger = { ledger: Ledger; keys: string[] } | { problem: 'unreadable' | 'unknown-format' };

export function readLegacyLedger(all: Record<string, string>): LegacyLedger | undefined {
  const raw = all[legacyIndexKey];
  if (raw === undefined) return undefined;
  let index: { version?: unknown; generation?: unknown; chunks?: unknown };
  try {
    index = JSON.parse(raw) as typeof index;
  } catch {
    return { problem: 'unreadable' };
  }
  if (index.version !== 1) return { problem: typeof index.version === 'number' ? 'unknown-format' : 'unreadable' };
  if (!Number.isInteger(index.generation) || !Number.isInteger(index.chunks)) return { problem: 'unreadable' };
  let json = '';
  for (let i = 0; i < (index.chunks as number); i += 1) {
    const chunk = all[`${legacyChunkPrefix}${index.generation as number}.${i}`];
    if (chunk === undefined) return { problem: 'unreadable' };
    json += chunk;
  }
  let ledger: unknown;
  try {
    ledger = JSON.parse(json);
  } catch {
    return { problem: 'unreadable' };
  }
  if (!isLedger(ledger)) return { problem: 'unknown-format' };
  // Every key of the old log, other generations' leftovers included: all go once the records are written.
  const keys = Object.keys(all).filter((key) => key === legacyIndexKey || key.startsWith(legacyChunkPrefix));
  return { ledger, keys };
}
