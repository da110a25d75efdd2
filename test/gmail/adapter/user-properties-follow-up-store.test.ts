import { describe, expect, it } from 'vitest';
import { absentVersion, type FollowUpRecord, followUpKey, keyOf, type Ledger, updateFollowUp, withEvent } from '../../../src/core';
import { type PropertySteps, runSteps } from '../../../src/gmail/adapter/property-steps';
import { createUserPropertiesFollowUpStore, followUpSteps, recordPrefix } from '../../../src/gmail/adapter/user-properties-follow-up-store';
import { legacyIndexKey } from '../../../src/gmail/adapter/legacy-ledger';
import { UserPropertiesLedgerStore } from '../../../src/gmail/adapter/user-properties-ledger-store';
import { sampleRecord } from '../../core/fakes/follow-up-samples';
import ledgerV1 from '../../fixtures/ledgers/ledger-v1.json';
import { FakeLockService } from '../fakes/fake-lock-service';
import { FakeProperties, valueLimitBytes } from '../fakes/fake-properties-service';
import { asPropertySteps, interleaveExecutions, seededRandom } from '../fakes/interleave-executions';

function setup() {
  const properties = new FakeProperties();
  const locks = new FakeLockService();
  const store = createUserPropertiesFollowUpStore({ properties: properties.asProperties(), lock: locks.lockFor(0) });
  return { properties, locks, store };
}

const record = sampleRecord(1, 'gmail');
const key = keyOf(record);
const addCall = (on: string) => (stored: FollowUpRecord | undefined) => withEvent(stored ?? record, { kind: 'phone-call', on, outcome: 'reached' });

/** The same steps with the lock left out: what a store without LockService would do. */
function* withoutLock<T>(steps: PropertySteps<T>): PropertySteps<T> {
  let next = steps.next();
  while (!next.done) {
    if (next.value.op === 'lock' || next.value.op === 'unlock') next = steps.next(undefined);
    else next = steps.next(yield next.value);
  }
  return next.value;
}

describe('follow-up records in user properties', () => {
  it('keeps one property per invoice, each far under 9 KB, read back exactly', () => {
    const { properties, store } = setup();
    store.write(key, record, absentVersion);
    const other = sampleRecord(2, 'gmail');
    store.write(keyOf(other), other, absentVersion);
    expect(properties.getKeys().sort()).toEqual([`${recordPrefix}${key}`, `${recordPrefix}${keyOf(other)}`].sort());
    expect(properties.largestValueBytes()).toBeLessThan(valueLimitBytes / 10);
    expect(store.get(key).record).toEqual(record);
    expect(store.list().records.map(({ record: listed }) => listed)).toEqual(expect.arrayContaining([record, other]));
  });

  it('refuses a write from a stale read, as another execution wrote in between', () => {
    const { store } = setup();
    const first = store.write(key, record, absentVersion);
    store.write(key, addCall('2026-03-30')(record), first.version);
    expect(() => store.write(key, addCall('2026-03-31')(record), first.version)).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('takes the user lock around every write, and reloads inside it', () => {
    const { locks, store } = setup();
    const steps: string[] = [];
    const written = followUpSteps.write(key, record, absentVersion);
    let next = written.next();
    while (!next.done) {
      steps.push(next.value.op);
      next = written.next(next.value.op === 'getAll' ? {} : next.value.op === 'get' ? null : undefined);
    }
    expect(steps).toEqual(['get', 'lock', 'getAll', 'set', 'unlock']);
    store.write(key, record, absentVersion);
    expect(locks.acquisitions).toBe(1);
    expect(locks.holder).toBeUndefined();
  });

  it('loses no update when two executions interleave, in any of many orders', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const { properties, locks } = setup();
      const updates = (writer: number) =>
        asPropertySteps(
          (function* () {
            for (let i = 1; i <= 5; i += 1) yield* updateFollowUp(key, addCall(`2026-04-${String(writer * 10 + i).padStart(2, '0')}`), 50);
          })(),
        );
      const results = interleaveExecutions([updates(0), updates(1)], { properties, locks }, seededRandom(seed));
      expect(results.every((result) => 'value' in result)).toBe(true);
      const store = createUserPropertiesFollowUpStore({ properties: properties.asProperties(), lock: locks.lockFor(9) });
      expect(store.get(key).record!.events.filter((event) => event.kind === 'phone-call')).toHaveLength(10);
    }
  });

  it('really interleaves: without the lock, the same executions lose updates', () => {
    let lost = 0;
    for (let seed = 1; seed <= 40; seed += 1) {
      const { properties, locks } = setup();
      const once = (writer: number) => withoutLock(asPropertySteps(updateFollowUp(key, addCall(`2026-04-0${writer + 1}`), 1)));
      // Without the lock the reloaded version is compared too early, so two writes can both pass their check.
      const results = interleaveExecutions([once(0), once(1)], { properties, locks }, seededRandom(seed));
      const stored = createUserPropertiesFollowUpStore({ properties: properties.asProperties(), lock: locks.lockFor(9) }).get(key).record;
      const succeeded = results.filter((result) => 'value' in result).length;
      if ((stored?.events.filter((event) => event.kind === 'phone-call').length ?? 0) < succeeded) lost += 1;
    }
    expect(lost).toBeGreaterThan(0);
  });

  it('makes an execution that waits too long for the lock fail with a conflict, leaving the record as it was', () => {
    const { properties, locks, store } = setup();
    store.write(key, record, absentVersion);
    const holder = locks.lockFor(1);
    holder.waitLock(1000);
    const other = createUserPropertiesFollowUpStore({ properties: properties.asProperties(), lock: locks.lockFor(2) });
    expect(() => other.write(key, addCall('2026-03-30')(record), store.get(key).version)).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(store.get(key).record).toEqual(record);
  });

  it('leaves the previous record readable when any host call of an update fails', () => {
    /** Every method call of both services goes through one counter; the call numbered `failing` throws. */
    const failingAt = (failing: number, counter: { calls: number }) =>
      <T extends object>(target: T): T =>
        new Proxy(target, {
          get(object, name, receiver) {
            const value = Reflect.get(object, name, receiver) as unknown;
            if (typeof value !== 'function') return value;
            return (...args: unknown[]) => {
              if (counter.calls++ === failing) throw new Error('Service error: Properties');
              return (value as (...a: unknown[]) => unknown).apply(object, args);
            };
          },
        });
    const run = (failing: number) => {
      const { properties, locks, store } = setup();
      store.write(key, record, absentVersion);
      const counter = { calls: 0 };
      const wrap = failingAt(failing, counter);
      let failed = false;
      try {
        runSteps(asPropertySteps(updateFollowUp(key, addCall('2026-03-30'))), { properties: wrap(properties.asProperties()), lock: wrap(locks.lockFor(0)) });
      } catch {
        failed = true;
      }
      return { failed, after: store.get(key).record, held: locks.holder, calls: counter.calls };
    };
    const hostCalls = run(-1).calls;
    expect(hostCalls).toBeGreaterThanOrEqual(6);
    for (let failing = 0; failing < hostCalls; failing += 1) {
      const { failed, after, held } = run(failing);
      expect(after).toEqual(failed ? record : addCall('2026-03-30')(record));
      // a failed release leaves the lock to expire with the execution, and the write stands
      if (held === undefined) continue;
      expect(failed).toBe(false);
    }
  });

  it('refuses a record over 9 KB before writing anything', () => {
    const { properties, store } = setup();
    const huge = withEvent(record, { kind: 'dispute', on: '2026-03-30', evidence: 'é'.repeat(6000) });
    expect(() => store.write(key, huge, absentVersion)).toThrow(expect.objectContaining({ code: 'storage-full' }));
    expect(properties.getKeys()).toEqual([]);
  });

  it('reports a property it cannot read and never writes over it', () => {
    const { properties, store } = setup();
    properties.setProperty(`${recordPrefix}${key}`, '[3,"written by a newer Relance"]');
    properties.setProperty(`${recordPrefix}${keyOf(sampleRecord(2, 'gmail'))}`, 'not json');
    expect(store.list().unreadable).toEqual(
      expect.arrayContaining([
        { key, reason: 'unknown-format' },
        { key: keyOf(sampleRecord(2, 'gmail')), reason: 'unreadable' },
      ]),
    );
    expect(() => store.get(key)).toThrow(expect.objectContaining({ code: 'unreadable-record' }));
    expect(() => store.write(key, record, absentVersion)).toThrow(expect.objectContaining({ code: 'unreadable-record' }));
    expect(properties.getProperty(`${recordPrefix}${key}`)).toBe('[3,"written by a newer Relance"]');
  });

  it('migrates the chunked v1 log on first use, every invoice, then drops it', () => {
    const { properties, store } = setup();
    const legacy = new UserPropertiesLedgerStore(properties.asProperties());
    const ledger = ledgerV1 as Ledger;
    legacy.save(ledger);
    const listing = store.list();
    expect(listing.records.map(({ key: listed }) => listed).sort()).toEqual(ledger.entries.map((entry) => followUpKey(entry.client, entry.invoice)).sort());
    expect(listing.unreadable).toEqual([]);
    expect(properties.getKeys().filter((name) => name.startsWith(legacyIndexKey))).toEqual([]);
    const f142 = listing.records.find(({ record: listed }) => listed.invoice.number === 'F-2026-0142')!.record;
    expect(f142.events.find((event) => event.kind === 'promise')).toMatchObject({ evidence: 'Le virement partira le 15 avril, comme convenu.' });
  });

  it('keeps an unreadable v1 log where it is and reports it', () => {
    const { properties, store } = setup();
    properties.setProperty(legacyIndexKey, '{"version":1,"generation":3,"chunks":2,"bytes":10}');
    expect(store.list().unreadable).toEqual([{ key: legacyIndexKey, reason: 'unreadable' }]);
    expect(properties.getProperty(legacyIndexKey)).not.toBeNull();
  });
});
