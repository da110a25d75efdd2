import { describe, expect, it } from 'vitest';
import { absentVersion, type FollowUpRecord, keyOf, recordFile, updateRecord, withEvent } from '../../../src/core';
import { createDriveClient } from '../../../src/outlook/adapter/graph-drive-client';
import { createOneDriveFollowUpStore } from '../../../src/outlook/adapter/onedrive-follow-up-store';
import { sampleRecord } from '../../core/fakes/follow-up-samples';
import { seededRandom } from '../../gmail/fakes/interleave-executions';
import { FakeGraphDrive } from '../fakes/fake-graph-drive';

const record = sampleRecord(1);
const key = keyOf(record);
const addCall = (on: string) => (stored: FollowUpRecord | undefined) => withEvent(stored ?? record, { kind: 'phone-call', on, outcome: 'reached' });
const calls = (stored: FollowUpRecord | undefined) => stored?.events.filter((event) => event.kind === 'phone-call').length ?? 0;

function setup(drive = new FakeGraphDrive()) {
  const waits: number[] = [];
  const client = createDriveClient({ fetch: drive.fetch, getToken: () => Promise.resolve('token'), sleep: (seconds) => Promise.resolve(void waits.push(seconds)) });
  return { drive, waits, store: createOneDriveFollowUpStore(client) };
}

describe('follow-up records in the OneDrive app folder (Outlook with Graph)', () => {
  it('keeps one small JSON file per invoice in the app folder, ids included, read back exactly', async () => {
    const { drive, store } = setup();
    await store.write(key, record, absentVersion);
    expect(drive.fileNames()).toEqual([`${key}.json`]);
    expect(drive.requests.map((request) => `${request.method} ${request.path}`)).toContain(`PUT /me/drive/special/approot:/relance/${key}.json:/content?@microsoft.graph.conflictBehavior=fail`);
    expect((await store.get(key)).record).toEqual(record);
    expect((await store.list()).records.map(({ record: listed }) => listed)).toEqual([record]);
  });

  it('uses eTags as versions: a write from a stale read gets 412 and is refused as a conflict', async () => {
    const { drive, store } = setup();
    const first = await store.write(key, record, absentVersion);
    await store.write(key, addCall('2026-03-30')(record), first.version);
    await expect(store.write(key, addCall('2026-03-31')(record), first.version)).rejects.toMatchObject({ code: 'conflict' });
    expect(drive.requests.at(-1)?.headers['if-match']).toBe(first.version);
  });

  it('refuses to create a record another device created first (409)', async () => {
    const { store } = setup();
    await store.write(key, record, absentVersion);
    await expect(store.write(key, addCall('2026-03-30')(record), absentVersion)).rejects.toMatchObject({ code: 'conflict' });
    expect(calls((await store.get(key)).record)).toBe(0);
  });

  it('loses no update when two panes interleave their requests', async () => {
    const drive = new FakeGraphDrive(seededRandom(7));
    const first = setup(drive).store;
    const second = setup(drive).store;
    const writer = async (store: typeof first, base: number) => {
      for (let i = 1; i <= 10; i += 1) await updateRecord(store, key, addCall(`2026-04-${String(base + i).padStart(2, '0')}`));
    };
    await Promise.all([writer(first, 0), writer(second, 10)]);
    expect(calls((await first.get(key)).record)).toBe(20);
  });

  it('honours Retry-After on 429, then reports a long wait to the user', async () => {
    const { drive, waits, store } = setup();
    drive.failNext({ status: 429, retryAfter: 2 }, { status: 429, retryAfter: 1 });
    await store.write(key, record, absentVersion);
    expect(waits).toEqual([2, 1]);
    drive.failNext({ status: 429, retryAfter: 120 });
    await expect(store.get(key)).rejects.toMatchObject({ code: 'throttled', retryAfterSeconds: 120 });
  });

  it('leaves the previous record readable when any request of an update fails', async () => {
    const count = setup();
    await count.store.write(key, record, absentVersion);
    const before = count.drive.requests.length;
    await updateRecord(count.store, key, addCall('2026-03-30'));
    const requests = count.drive.requests.length - before;
    expect(requests).toBeGreaterThanOrEqual(3);
    for (let failing = 0; failing < requests; failing += 1) {
      for (const failure of [{ status: 503 }, { status: 500 }, 'network'] as const) {
        const { drive, store } = setup();
        await store.write(key, record, absentVersion);
        drive.failRequest(failing, failure);
        const outcome = await updateRecord(store, key, addCall('2026-03-30')).then(
          () => 'written',
          () => 'failed',
        );
        const after = (await store.get(key)).record;
        expect(after).toEqual(outcome === 'written' ? addCall('2026-03-30')(record) : record);
      }
    }
  });

  it('treats a file the user deleted as an invoice no longer followed, and writes it again from scratch', async () => {
    const { drive, store } = setup();
    const written = await store.write(key, record, absentVersion);
    drive.userDeletes(`${key}.json`);
    expect(await store.get(key)).toEqual({ version: absentVersion });
    await expect(store.write(key, record, written.version)).rejects.toMatchObject({ code: 'conflict' });
    await updateRecord(store, key, addCall('2026-03-30'));
    expect(calls((await store.get(key)).record)).toBe(1);
  });

  it('reports a file the user edited into something unreadable, and never writes over it', async () => {
    const { drive, store } = setup();
    await store.write(key, record, absentVersion);
    const other = sampleRecord(2);
    await store.write(keyOf(other), other, absentVersion);
    drive.userEdits(`${key}.json`, '{ "format": "relance-follow-up", "version": 2, "record": { "oops": true } }');
    await expect(updateRecord(store, key, addCall('2026-03-30'))).rejects.toMatchObject({ code: 'unreadable-record' });
    expect(drive.files.get(`relance/${key}.json`)?.content).toContain('oops');
    const listing = await store.list();
    expect(listing.unreadable).toEqual([{ key, reason: 'unreadable' }]);
    expect(listing.records.map(({ key: listed }) => listed)).toEqual([keyOf(other)]);
  });

  it('reads a file the user edited by hand into another valid record', async () => {
    const { drive, store } = setup();
    await store.write(key, record, absentVersion);
    const edited = withEvent(record, { kind: 'stopped', on: '2026-04-01', note: 'Réglé en main propre.' });
    drive.userEdits(`${key}.json`, recordFile(key, edited));
    expect((await store.get(key)).record).toEqual(edited);
  });

  it('lists past the first page of files', async () => {
    const { store } = setup();
    const records = Array.from({ length: 230 }, (_, n) => sampleRecord(n));
    for (const each of records) await store.write(keyOf(each), each, absentVersion);
    expect((await store.list()).records).toHaveLength(230);
  });
});
