/**
 * How full the host's storage is. Hosts cap what an add-in may keep (Outlook roaming settings:
 * 32 KB; Apps Script user properties: 500 KB), so the user is told well before a save fails.
 */
import type { Ledger } from './ledger';

export type LedgerCapacity = { usedBytes: number; limitBytes: number; level: 'ok' | 'nearly-full' | 'full' };

export const nearlyFullRatio = 0.8;

/** UTF-8 length, counted by hand: Apps Script has no TextEncoder. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export function ledgerBytes(ledger: Ledger): number {
  return utf8Bytes(JSON.stringify(ledger));
}

export function ledgerCapacity(ledger: Ledger, limitBytes: number): LedgerCapacity {
  return storageCapacity({ usedBytes: ledgerBytes(ledger), limitBytes });
}

/** The capacity a store reports after a write. */
export function storageCapacity({ usedBytes, limitBytes }: { usedBytes: number; limitBytes: number }): LedgerCapacity {
  const level = usedBytes >= limitBytes ? 'full' : usedBytes >= limitBytes * nearlyFullRatio ? 'nearly-full' : 'ok';
  return { usedBytes, limitBytes, level };
}
