/** Notes that a step went out on a day; the same step twice on one day is noted once. */
import type { IsoDate } from '../model/iso-date';
import type { StepId } from '../model/step';
import type { LedgerEntry } from './ledger';

export function recordSent(entry: LedgerEntry, step: StepId, on: IsoDate): LedgerEntry {
  if (entry.history.sent.some((sent) => sent.step === step && sent.on === on)) return entry;
  return { ...entry, history: { ...entry.history, sent: [...entry.history.sent, { step, on }] } };
}
