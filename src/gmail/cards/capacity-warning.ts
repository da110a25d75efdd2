/** A warning while the log still has room, so the user exports before a save fails. */
import type { LedgerCapacity } from '../../core';
import type { Ui } from './ui';
import { warning } from './ui';

export function capacityWarning(ui: Ui, capacity: LedgerCapacity | undefined): GoogleAppsScript.Card_Service.TextParagraph | undefined {
  if (!capacity || capacity.level === 'ok') return undefined;
  return warning(ui, capacity.level === 'full' ? ui.s.home.full : ui.s.home.nearlyFull);
}
