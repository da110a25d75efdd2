import { describe, expect, it } from 'vitest';
import { emptyLedger, type Ledger, type LedgerEntry, MailboxError } from '../../../src/core';
import { chunkBytes, indexKey, ledgerLimitBytes, splitUtf8, UserPropertiesLedgerStore } from '../../../src/gmail/adapter/user-properties-ledger-store';
import { FakeProperties, storeLimitBytes, valueLimitBytes } from '../fakes/fake-properties-service';

function entry(index: number, evidence = 'Le virement partira le 10 avril, promis. ✓'): LedgerEntry {
  return {
    invoice: { number: `F-2026-${String(index).padStart(4, '0')}`, issueDate: '2026-02-14', dueDate: '2026-03-16', amount: { value: 1000 + index, currency: 'EUR' } },
    client: { company: `Société n°${index} — Épicerie fine`, contact: { lastName: 'Durand', email: `client${index}@example.fr` } },
    history: { sent: [{ step: 'overdue-1', on: '2026-03-23' }] },
    promises: [{ id: `reply-${index}`, invoiceNumbers: [`F-2026-${index}`], date: '2026-04-10', loggedOn: '2026-04-02', evidence }],
  };
}

function ledgerOf(count: number): Ledger {
  return { version: 1, entries: Array.from({ length: count }, (_, index) => entry(index)) };
}

describe('the promise log in user properties', () => {
  it('starts empty for a new user', () => {
    expect(new UserPropertiesLedgerStore(new FakeProperties().asProperties()).load()).toEqual(emptyLedger());
  });

  it('keeps a log larger than one property value, with no value over 9 KB', () => {
    const properties = new FakeProperties();
    const store = new UserPropertiesLedgerStore(properties.asProperties());
    const ledger = ledgerOf(300);
    const saved = store.save(ledger);
    expect(saved.usedBytes).toBeGreaterThan(5 * valueLimitBytes);
    expect(properties.largestValueBytes()).toBeLessThanOrEqual(valueLimitBytes);
    expect(new UserPropertiesLedgerStore(properties.asProperties()).load()).toEqual(ledger);
  });

  it('never cuts a character in two between chunks', () => {
    const text = 'é€😀'.repeat(5000);
    const chunks = splitUtf8(text, chunkBytes);
    expect(chunks.join('')).toBe(text);
    for (const chunk of chunks) expect(Buffer.byteLength(chunk, 'utf8')).toBeLessThanOrEqual(chunkBytes);
  });

  it('leaves the previous log readable when a save fails half-way', () => {
    const properties = new FakeProperties();
    const store = new UserPropertiesLedgerStore(properties.asProperties());
    const before = ledgerOf(40);
    store.save(before);
    properties.failNext = [new Error('Service error: Properties')];
    expect(() => store.save(ledgerOf(80))).toThrow(MailboxError);
    expect(store.load()).toEqual(before);
    // the chunks of the failed save are not left behind
    expect(properties.usedBytes()).toBeLessThan(Buffer.byteLength(JSON.stringify(before)) + 2000);
  });

  it('leaves the previous log readable when switching the index fails', () => {
    const properties = new FakeProperties();
    const store = new UserPropertiesLedgerStore(properties.asProperties());
    const before = ledgerOf(10);
    store.save(before);
    const original = properties.setProperty.bind(properties);
    properties.setProperty = (key: string, value: string) => {
      if (key === indexKey) throw new Error('Service invoked too many times in a short time: properties');
      return original(key, value);
    };
    const error = (() => {
      try {
        store.save(ledgerOf(20));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(MailboxError);
    expect((error as MailboxError).code).toBe('throttled');
    expect(store.load()).toEqual(before);
  });

  it('refuses a log over its share of the store before writing anything', () => {
    const properties = new FakeProperties();
    const store = new UserPropertiesLedgerStore(properties.asProperties());
    let count = 100;
    while (Buffer.byteLength(JSON.stringify(ledgerOf(count))) <= ledgerLimitBytes) count += 100;
    expect(() => store.save(ledgerOf(count))).toThrow(expect.objectContaining({ code: 'storage-full' }));
    expect(properties.getKeys()).toEqual([]);
  });

  it('can always replace a log at its limit: old and new copies fit in 500 KB together', () => {
    expect(2 * ledgerLimitBytes + 2 * 64 * Math.ceil(ledgerLimitBytes / chunkBytes)).toBeLessThan(storeLimitBytes);
    const properties = new FakeProperties();
    const store = new UserPropertiesLedgerStore(properties.asProperties());
    let count = 100;
    while (Buffer.byteLength(JSON.stringify(ledgerOf(count + 20))) <= ledgerLimitBytes) count += 20;
    store.save(ledgerOf(count));
    store.save(ledgerOf(count - 1));
    expect(store.load().entries).toHaveLength(count - 1);
  });

  it('reports an unreadable log instead of starting a new one over it', () => {
    const properties = new FakeProperties();
    properties.setProperty(indexKey, '{"version":1,"generation":3,"chunks":2,"bytes":10}');
    expect(() => new UserPropertiesLedgerStore(properties.asProperties()).load()).toThrow(expect.objectContaining({ code: 'host-error' }));
  });
});
