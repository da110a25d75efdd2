import { describe, expect, it } from 'vitest';
import { followUpHistoryOf, followUpKey, type Ledger, migrateLedger } from '../../../src/core';
import ledgerV1 from '../../fixtures/ledgers/ledger-v1.json';

const ledger = ledgerV1 as Ledger;

describe('migrating the v1 log', () => {
  const records = migrateLedger(ledger);
  const byNumber = (number: string) => records.find(({ record }) => record.invoice.number === number)!.record;

  it('makes one record per invoice, keyed by client and number, "NOV-001" and "V-001" apart', () => {
    expect(records.map(({ key }) => key)).toEqual(ledger.entries.map((entry) => followUpKey(entry.client, entry.invoice)));
    expect(new Set(records.map(({ key }) => key)).size).toBe(3);
  });

  it('keeps every fact the planner read from the old log', () => {
    for (const entry of ledger.entries) {
      const { partialPayments, promise, ...history } = followUpHistoryOf(byNumber(entry.invoice.number));
      const { partialPayments: oldPayments, promise: oldPromise, ...oldHistory } = entry.history;
      expect(history).toEqual(oldHistory);
      // The old log kept no reply date: the promise is dated by the reply it came with, or the day it was logged.
      if (oldPromise) expect(promise).toEqual({ ...oldPromise, madeOn: history.repliedOn && history.repliedOn < oldPromise.loggedOn ? history.repliedOn : oldPromise.loggedOn });
      else expect(promise).toBeUndefined();
      expect(partialPayments ?? []).toEqual(oldPayments ?? []);
    }
  });

  it("keeps each promise with the client's sentence and the reply it came from, the thread and the follow-up day", () => {
    const record = byNumber('F-2026-0142');
    const promise = ledger.entries[0]!.promises[0]!;
    expect(record.events).toContainEqual({ kind: 'promise', on: ledger.entries[0]!.history.repliedOn, date: promise.date, loggedOn: promise.loggedOn, amount: promise.amount, evidence: promise.evidence, messageId: promise.id });
    expect(record.threadId).toBe(ledger.entries[0]!.threadId);
    expect(record.followUpOn).toBe('2026-04-15');
    expect(record.invoice).toEqual(ledger.entries[0]!.invoice);
    expect(record.client).toEqual(ledger.entries[0]!.client);
  });

  it('marks the reminders of the old log as carried over, since it logged drafts as sent', () => {
    expect(byNumber('F-2026-0142').events.filter((event) => event.kind === 'sent')).toEqual([
      { kind: 'sent', on: '2026-03-23', step: 'overdue-1', seenIn: 'migrated' },
      { kind: 'sent', on: '2026-03-31', step: 'overdue-2', seenIn: 'migrated' },
    ]);
  });

  it('merges two old entries of one invoice (the old key collided) into one record with both histories', () => {
    const entry = ledger.entries[2]!;
    const twice: Ledger = { version: 1, entries: [entry, { ...entry, history: { sent: [{ step: 'overdue-1', on: '2026-02-11' }] } }] };
    const [merged, ...others] = migrateLedger(twice);
    expect(others).toEqual([]);
    expect(followUpHistoryOf(merged!.record).sent).toEqual([
      { step: 'preventive', on: '2026-01-28' },
      { step: 'overdue-1', on: '2026-02-11' },
    ]);
  });
});
