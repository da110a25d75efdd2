/**
 * The promise log in the user's properties. Apps Script caps a value at 9 KB and a store at
 * 500 KB, so the log is split into chunks under an index key. A save writes a new generation of
 * chunks, then switches the index in one call, then drops the old chunks: until the switch the old
 * log stays whole and readable, so a failed save changes nothing. Both generations exist for a
 * moment, which is why the log may use a little under half the store.
 */
import { emptyLedger, isLedger, type Ledger, type LedgerStorage, MailboxError, utf8Bytes } from '../../core';
import { hostCall } from './to-mailbox-error';

export const indexKey = 'relance.ledger';
const chunkPrefix = 'relance.ledger.';

/** Bytes per chunk: under Apps Script's 9 KB a value, with room for the key. */
export const chunkBytes = 8 * 1024;
/** The store's 500 KB, less room for the index and the user's other properties, halved for the switch. */
export const ledgerLimitBytes = 240_000;

type LedgerIndex = { version: 1; generation: number; chunks: number; bytes: number };

const chunkKey = (generation: number, index: number) => `${chunkPrefix}${generation}.${index}`;

/** Splits text into pieces of at most `maxBytes` UTF-8 bytes, never inside a character. */
export function splitUtf8(text: string, maxBytes: number): string[] {
  const chunks: string[] = [];
  let current = '';
  let bytes = 0;
  for (const character of text) {
    const size = utf8Bytes(character);
    if (bytes + size > maxBytes) {
      chunks.push(current);
      current = '';
      bytes = 0;
    }
    current += character;
    bytes += size;
  }
  if (current !== '' || chunks.length === 0) chunks.push(current);
  return chunks;
}

function parseIndex(raw: string | null): LedgerIndex | undefined {
  if (raw === null) return undefined;
  try {
    const index = JSON.parse(raw) as Partial<LedgerIndex>;
    if (index.version === 1 && Number.isInteger(index.generation) && Number.isInteger(index.chunks)) return index as LedgerIndex;
  } catch {
    // fall through: an index we cannot read is reported below, never silently replaced
  }
  throw new MailboxError('host-error', 'the promise log index is unreadable');
}

export class UserPropertiesLedgerStore {
  readonly limitBytes = ledgerLimitBytes;

  constructor(private readonly properties: GoogleAppsScript.Properties.Properties) {}

  load(): Ledger {
    const index = parseIndex(hostCall(() => this.properties.getProperty(indexKey)));
    if (!index) return emptyLedger();
    const all = hostCall(() => this.properties.getProperties());
    let json = '';
    for (let i = 0; i < index.chunks; i += 1) {
      const chunk = all[chunkKey(index.generation, i)];
      if (chunk === undefined) throw new MailboxError('host-error', `promise log chunk ${i} is missing`);
      json += chunk;
    }
    let ledger: unknown;
    try {
      ledger = JSON.parse(json);
    } catch {
      throw new MailboxError('host-error', 'the promise log is unreadable');
    }
    if (!isLedger(ledger)) throw new MailboxError('host-error', 'the promise log has an unknown shape');
    return ledger;
  }

  save(ledger: Ledger): LedgerStorage {
    const json = JSON.stringify(ledger);
    const bytes = utf8Bytes(json);
    if (bytes > this.limitBytes) throw new MailboxError('storage-full', `${bytes} bytes`);
    const current = parseIndex(hostCall(() => this.properties.getProperty(indexKey)));
    const generation = (current?.generation ?? 0) + 1;
    this.dropChunks((key) => !current || !key.startsWith(`${chunkPrefix}${current.generation}.`));
    const chunks = splitUtf8(json, chunkBytes);
    const values: Record<string, string> = {};
    chunks.forEach((chunk, i) => {
      values[chunkKey(generation, i)] = chunk;
    });
    try {
      hostCall(() => this.properties.setProperties(values));
    } catch (error) {
      this.dropChunks((key) => key.startsWith(`${chunkPrefix}${generation}.`));
      throw error;
    }
    const index: LedgerIndex = { version: 1, generation, chunks: chunks.length, bytes };
    hostCall(() => this.properties.setProperty(indexKey, JSON.stringify(index)));
    this.dropChunks((key) => !key.startsWith(`${chunkPrefix}${generation}.`));
    return { usedBytes: bytes, limitBytes: this.limitBytes };
  }

  /** Deletes chunk keys matching `drop`; a failure here only leaves garbage the next save sweeps. */
  private dropChunks(drop: (key: string) => boolean): void {
    try {
      for (const key of this.properties.getKeys()) {
        if (key.startsWith(chunkPrefix) && drop(key)) this.properties.deleteProperty(key);
      }
    } catch {
      // best effort
    }
  }
}
