/**
 * Logs a payment promise on an invoice's entry. Confirming the same reply again replaces its record
 * instead of adding one, and the latest promise is the one that pauses the reminders.
 */
import type { LedgerEntry, PromiseRecord } from './ledger';

export function logPromise(entry: LedgerEntry, record: PromiseRecord): LedgerEntry {
  const promises = [...entry.promises.filter((existing) => existing.id !== record.id), record].sort((a, b) =>
    a.loggedOn === b.loggedOn ? a.date.localeCompare(b.date) : a.loggedOn.localeCompare(b.loggedOn),
  );
  const latest = promises[promises.length - 1] ?? record;
  return {
    ...entry,
    promises,
    followUpOn: latest.date,
    history: {
      ...entry.history,
      repliedOn: entry.history.repliedOn && entry.history.repliedOn > record.loggedOn ? entry.history.repliedOn : record.loggedOn,
      promise: { date: latest.date, loggedOn: latest.loggedOn, ...(latest.amount ? { amount: latest.amount } : {}) },
    },
  };
}
