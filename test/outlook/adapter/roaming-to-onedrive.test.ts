import { describe, expect, it } from 'vitest';
import { absentVersion, followUpKey, keyOf, type Ledger } from '../../../src/core';
import { createDriveClient } from '../../../src/outlook/adapter/graph-drive-client';
import { createOneDriveFollowUpStore } from '../../../src/outlook/adapter/onedrive-follow-up-store';
import { createRoamingFollowUpStore, followUpSettingName, legacySettingName } from '../../../src/outlook/adapter/roaming-follow-up-store';
import { withRoamingMoved } from '../../../src/outlook/adapter/roaming-to-onedrive';
import { createCallQueue } from '../../../src/outlook/office/call-queue';
import { sampleRecord } from '../../core/fakes/follow-up-samples';
import ledgerV1 from '../../fixtures/ledgers/ledger-v1.json';
import { FakeGraphDrive } from '../fakes/fake-graph-drive';
import { FakeRoamingMailbox } from '../fakes/fake-roaming-settings';

function setup(roaming: Record<string, unknown>) {
  const mailbox = new FakeRoamingMailbox(roaming);
  const drive = new FakeGraphDrive();
  const client = createDriveClient({ fetch: drive.fetch, getToken: () => Promise.resolve('token'), sleep: () => Promise.resolve() });
  const store = withRoamingMoved(createOneDriveFollowUpStore(client), mailbox.openPane(), createCallQueue());
  return { mailbox, drive, store };
}

describe('moving the log to OneDrive once Graph is configured', () => {
  it('moves the v1 log in full, the client sentences included, then removes it from roaming settings', async () => {
    const ledger = ledgerV1 as Ledger;
    const { mailbox, store } = setup({ [legacySettingName]: ledger });
    const listing = await store.list();
    expect(listing.records.map(({ key }) => key).sort()).toEqual(ledger.entries.map((entry) => followUpKey(entry.client, entry.invoice)).sort());
    expect(JSON.stringify(listing.records)).toContain('Le virement partira le 15 avril, comme convenu.');
    expect(mailbox.saved[legacySettingName]).toBeUndefined();
  });

  it('moves the compact records of the roaming fallback, and keeps a record another device already moved', async () => {
    const roaming = new FakeRoamingMailbox();
    const fallback = createRoamingFollowUpStore(roaming.openPane(), createCallQueue());
    const [first, second] = [sampleRecord(1), sampleRecord(2)];
    await fallback.write(keyOf(first), first, absentVersion);
    await fallback.write(keyOf(second), second, absentVersion);
    const { mailbox, drive, store } = setup(roaming.saved);
    const client = createDriveClient({ fetch: drive.fetch, getToken: () => Promise.resolve('token'), sleep: () => Promise.resolve() });
    await createOneDriveFollowUpStore(client).write(keyOf(first), first, absentVersion);
    const listing = await store.list();
    expect(listing.records.map(({ record }) => record)).toContainEqual(first);
    expect(listing.records).toHaveLength(2);
    expect(mailbox.saved[followUpSettingName]).toBeUndefined();
  });

  it('keeps the roaming log when OneDrive fails, and tries again on the next call', async () => {
    const { mailbox, drive, store } = setup({ [legacySettingName]: ledgerV1 });
    drive.failNext({ status: 500 });
    await expect(store.list()).rejects.toMatchObject({ code: 'server-error' });
    expect(mailbox.saved[legacySettingName]).toBeDefined();
    expect((await store.list()).records).toHaveLength(3);
  });
});
