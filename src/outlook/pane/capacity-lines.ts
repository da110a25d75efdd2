/** The warning a write leaves when the log storage is nearly full or full; nothing while there is room. */
import type { LedgerCapacity } from '../../core';
import type { PaneStrings } from './strings';

export function capacityLines(capacity: LedgerCapacity | undefined, strings: PaneStrings): string[] {
  if (!capacity || capacity.level === 'ok') return [];
  return [capacity.level === 'full' ? strings.log.full : strings.log.nearlyFull(Math.round((capacity.usedBytes / capacity.limitBytes) * 100))];
}
