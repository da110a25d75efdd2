import { describe, expect, it } from 'vitest';
import { type FollowUpRecord, followUpKey, MailboxError, updateRecordSync, withEvent } from '../../../src/core';
import { updateAttempts } from '../../../src/core/follow-up/update-follow-up';
import { MemoryFollowUpStore } from '../fakes/memory-follow-up-store';
import { sampleRecord } from '../fakes/follow-up-samples';

const record = sampleRecord(1);
const key = followUpKey(record.client, record.invoice);
const call = (on: string) => (stored: FollowUpRecord | undefined) => withEvent(stored ?? record, { kind: 'phone-call', on, outcome: 'reached' });

describe('updating a record', () => {
  it('creates the record of an invoice not followed yet', () => {
    const store = new MemoryFollowUpStore();
    const update = updateRecordSync(store, key, call('2026-03-30'));
    expect(update.before).toBeUndefined();
    expect(store.get(key).record?.events.at(-1)).toEqual({ kind: 'phone-call', on: '2026-03-30', outcome: 'reached' });
  });

  it("re-reads and re-applies its change when another pane wrote in between, keeping both changes", () => {
    const store = new MemoryFollowUpStore();
    store.put(key, record);
    store.interfere = (other) => {
      const stored = other.get(key);
      other.write(key, withEvent(stored.record!, { kind: 'dispute', on: '2026-03-29' }), stored.version);
    };
    const update = updateRecordSync(store, key, call('2026-03-30'));
    expect(update.conflicts).toBe(1);
    const kinds = store.get(key).record!.events.map((event) => event.kind);
    expect(kinds).toContain('dispute');
    expect(kinds).toContain('phone-call');
  });

  it('gives up with the conflict after a bounded number of tries, the stored record intact', () => {
    const store = new MemoryFollowUpStore();
    store.put(key, record);
    let interferences = 0;
    const writeEveryTime = () => {
      interferences += 1;
      const stored = store.get(key);
      store.put(key, withEvent(stored.record!, { kind: 'replied', on: `2026-03-${String(interferences).padStart(2, '0')}` }));
      store.interfere = writeEveryTime;
    };
    store.interfere = writeEveryTime;
    expect(() => updateRecordSync(store, key, call('2026-03-30'))).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(interferences).toBe(updateAttempts);
    expect(store.get(key).record!.events.some((event) => event.kind === 'phone-call')).toBe(false);
  });

  it('never writes over a record it cannot read', () => {
    const store = new MemoryFollowUpStore();
    store.records.set(key, { unreadable: 'unknown-format', version: 'v9' });
    expect(() => updateRecordSync(store, key, call('2026-03-30'))).toThrow(MailboxError);
    expect(store.writes).toBe(0);
    expect(store.list().unreadable).toEqual([{ key, reason: 'unknown-format' }]);
  });
});
