import { describe, expect, it } from 'vitest';
import { type FollowUpRecord, keyOf, logEvents, logPage, withEvent } from '../../../src/core';
import { sampleRecord } from '../fakes/follow-up-samples';

const record: FollowUpRecord = [
  { kind: 'phone-call' as const, on: '2026-03-26', outcome: 'reached' as const },
  { kind: 'dispute' as const, on: '2026-03-27' },
  { kind: 'documents-asked' as const, on: '2026-03-28' },
  { kind: 'plan-asked' as const, on: '2026-03-29' },
  { kind: 'payment-announced' as const, on: '2026-03-30' },
  { kind: 'payment-received' as const, on: '2026-04-02', partial: true, amount: { value: 500, currency: 'EUR' } },
].reduce(withEvent, sampleRecord(1));
const listed = [{ key: keyOf(record), record }];

describe('the log of every event', () => {
  it('shows every kind of event, newest first', () => {
    const kinds = logEvents(listed).map((row) => row.event.kind);
    expect(kinds).toEqual(['payment-received', 'payment-announced', 'plan-asked', 'documents-asked', 'dispute', 'phone-call', 'promise', 'sent', 'drafted']);
  });

  it('filters by what the user looks for', () => {
    expect(logEvents(listed, 'payments').map((row) => row.event.kind)).toEqual(['payment-received', 'payment-announced']);
    expect(logEvents(listed, 'reminders').map((row) => row.event.kind)).toEqual(['phone-call', 'sent', 'drafted']);
    expect(logEvents(listed, 'disputes')).toHaveLength(1);
    expect(logEvents(listed, 'documents')).toHaveLength(1);
    expect(logEvents(listed, 'plans')).toHaveLength(1);
    expect(logEvents(listed, 'promises')).toHaveLength(1);
  });

  it('cuts a long log in pages, every row on exactly one page', () => {
    const many = Array.from({ length: 40 }, (_, n) => ({ key: keyOf(sampleRecord(n)), record: sampleRecord(n) }));
    const rows = logEvents(many);
    const pages = Array.from({ length: logPage(rows, 0, 45).pages }, (_, page) => logPage(rows, page, 45));
    expect(pages.map((page) => page.rows.length)).toEqual([45, 45, 30]);
    expect(pages.flatMap((page) => page.rows)).toEqual(rows);
    expect(logPage(rows, 99, 45).page).toBe(2);
  });
});
