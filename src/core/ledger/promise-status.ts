/** Whether a promise was kept (paid by its date plus grace), is still pending, or was broken. */
import { addDays } from '../dates/add-days';
import type { IsoDate } from '../model/iso-date';
import type { LedgerEntry, PromiseRecord } from './ledger';

export type PromiseStatus = 'kept' | 'pending' | 'broken';

export function promiseStatus(record: PromiseRecord, entry: LedgerEntry, today: IsoDate, graceDays: number): PromiseStatus {
  const lastDay = addDays(record.date, graceDays);
  const paidOn = entry.history.paidOn;
  if (paidOn && paidOn <= lastDay) return 'kept';
  return today > lastDay ? 'broken' : 'pending';
}
