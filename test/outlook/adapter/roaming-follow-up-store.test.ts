import { describe, expect, it } from 'vitest';
import { absentVersion, type FollowUpRecord, followUpKey, keyOf, type Ledger, updateRecord, withEvent } from '../../../src/core';
import { createCallQueue } from '../../../src/outlook/office/call-queue';
import { createRoamingFollowUpStore, followUpSettingName, legacySettingName } from '../../../src/outlook/adapter/roaming-follow-up-store';
import { sampleRecord } from '../../core/fakes/follow-up-samples';
import ledgerV1 from '../../fixtures/ledgers/ledger-v1.json';
import { officeErrors } from '../fakes/fake-office';
import { FakeRoamingMailbox } from '../fakes/fake-roaming-settings';

const record = sampleRecord(1);
const key = keyOf(record);
const addCall = (on: string) => (stored: FollowUpRecord | undefined) => withEvent(stored ?? record, { kind: 'phone-call', on, outcome: 'reached' });
const calls = (stored: FollowUpRecord | undefined) => stored?.events.filter((event) => event.kind === 'phone-call').length ?? 0;

function pane(mailbox: FakeRoamingMailbox) {
  const settings = mailbox.openPane();
  return { settings, store: createRoamingFollowUpStore(settings, createCallQueue()) };
}

describe('follow-up records in roaming settings (Outlook without Graph)', () => {
  it('keeps the records compact: no Exchange ids, dates, steps and amounts kept', async () => {
    const mailbox = new FakeRoamingMailbox();
    const { store } = pane(mailbox);
    await store.write(key, record, absentVersion);
    expect(JSON.stringify(mailbox.saved)).not.toContain('AAMk');
    const stored = (await store.get(key)).record!;
    expect(stored.events.map((event) => [event.kind, event.on])).toEqual(record.events.map((event) => [event.kind, event.on]));
    expect(stored.invoice).toEqual(record.invoice);
  });

  it('holds at least 150 invoices, and states its capacity in invoices', async () => {
    const mailbox = new FakeRoamingMailbox();
    const { store } = pane(mailbox);
    let n = 0;
    for (;;) {
      const next = sampleRecord(n);
      try {
        await store.write(keyOf(next), next, absentVersion);
      } catch (error) {
        expect(error).toMatchObject({ code: 'storage-full' });
        break;
      }
      n += 1;
    }
    expect(n).toBeGreaterThanOrEqual(150);
    const capacity = store.capacity();
    expect(capacity.invoices).toBe(n);
    expect(Math.abs(capacity.fit - n)).toBeLessThanOrEqual(2);
  });

  it('loses no update when two actions of one pane interleave', async () => {
    const mailbox = new FakeRoamingMailbox();
    const { store } = pane(mailbox);
    const writer = async (base: number) => {
      for (let i = 1; i <= 10; i += 1) await updateRecord(store, key, addCall(`2026-04-${String(base + i).padStart(2, '0')}`));
    };
    await Promise.all([writer(0), writer(10)]);
    expect(calls((await store.get(key)).record)).toBe(20);
    expect(calls((await pane(mailbox).store.get(key)).record)).toBe(20);
  });

  it('shows the host as it is: two panes each save their whole set, and the last save wins', async () => {
    const mailbox = new FakeRoamingMailbox();
    const first = pane(mailbox);
    const second = pane(mailbox);
    const other = sampleRecord(2);
    await first.store.write(key, record, absentVersion);
    await second.store.write(keyOf(other), other, absentVersion);
    // The second pane loaded before the first saved: its save drops the first pane's record.
    const fresh = pane(mailbox).store;
    expect((await fresh.get(key)).record).toBeUndefined();
    expect((await fresh.get(keyOf(other))).record).toBeDefined();
  });

  it('leaves the previous record readable when the save or the set fails', async () => {
    for (const failure of ['save', 'set'] as const) {
      const mailbox = new FakeRoamingMailbox();
      const { settings, store } = pane(mailbox);
      await store.write(key, record, absentVersion);
      if (failure === 'save') settings.failNextSave(officeErrors.network);
      else settings.failNextSet(officeErrors.internal);
      await expect(updateRecord(store, key, addCall('2026-03-30'))).rejects.toMatchObject({ code: failure === 'save' ? 'offline' : expect.any(String) });
      expect(calls((await store.get(key)).record)).toBe(0);
      expect(calls((await pane(mailbox).store.get(key)).record)).toBe(0);
      // and the pane goes on working
      await updateRecord(store, key, addCall('2026-03-31'));
      expect(calls((await pane(mailbox).store.get(key)).record)).toBe(1);
    }
  });

  it('migrates the v1 log (`relanceLedger`) on the first save, without losing an invoice', async () => {
    const ledger = ledgerV1 as Ledger;
    const mailbox = new FakeRoamingMailbox({ [legacySettingName]: ledger });
    const { store } = pane(mailbox);
    const listing = await store.list();
    expect(listing.records.map(({ key: listed }) => listed).sort()).toEqual(ledger.entries.map((entry) => followUpKey(entry.client, entry.invoice)).sort());
    await updateRecord(store, listing.records[0]!.key, addCall('2026-04-20'));
    expect(mailbox.saved[legacySettingName]).toBeUndefined();
    const after = await pane(mailbox).store.list();
    expect(after.records).toHaveLength(3);
  });

  it('reports a stored set or log it cannot read, and never writes over it', async () => {
    const mailbox = new FakeRoamingMailbox({ [followUpSettingName]: { f: 3, r: {} }, [legacySettingName]: { version: 2, entries: [] } });
    const { store } = pane(mailbox);
    expect((await store.list()).unreadable).toEqual([{ key: followUpSettingName, reason: 'unknown-format' }]);
    await expect(store.write(key, record, absentVersion)).rejects.toMatchObject({ code: 'unreadable-record' });
    expect(mailbox.saves).toBe(0);

    const legacyOnly = new FakeRoamingMailbox({ [legacySettingName]: { version: 2, entries: [] } });
    const second = pane(legacyOnly);
    expect((await second.store.list()).unreadable).toEqual([{ key: legacySettingName, reason: 'unknown-format' }]);
    await second.store.write(key, record, absentVersion);
    expect(legacyOnly.saved[legacySettingName]).toEqual({ version: 2, entries: [] });
  });
});
