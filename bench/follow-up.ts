/**
 * The follow-up store's figures: how many invoices each host holds (realistic ids, three events an
 * invoice: a reminder drafted, seen sent, a promise with the client's sentence), and how many
 * updates two writers racing on the same records lose, against fakes that keep the hosts' rules
 * (roaming settings loaded once per pane, Apps Script executions interleaved step by step, Graph's
 * eTags and 412).
 */
import { absentVersion, type FollowUpRecord, type FollowUpStore, keyOf, updateFollowUp, updateRecord, withEvent } from '../src/core';
import { addDays } from '../src/core/dates/add-days';
import { isMailboxError } from '../src/core/mailbox/mailbox-error';
import { createUserPropertiesFollowUpStore } from '../src/gmail/adapter/user-properties-follow-up-store';
import { createDriveClient } from '../src/outlook/adapter/graph-drive-client';
import { createOneDriveFollowUpStore } from '../src/outlook/adapter/onedrive-follow-up-store';
import { createRoamingFollowUpStore } from '../src/outlook/adapter/roaming-follow-up-store';
import { createCallQueue } from '../src/outlook/office/call-queue';
import { sampleRecord } from '../test/core/fakes/follow-up-samples';
import { FakeLockService } from '../test/gmail/fakes/fake-lock-service';
import { FakeProperties } from '../test/gmail/fakes/fake-properties-service';
import { asPropertySteps, interleaveExecutions, seededRandom } from '../test/gmail/fakes/interleave-executions';
import { FakeGraphDrive } from '../test/outlook/fakes/fake-graph-drive';
import { FakeRoamingMailbox } from '../test/outlook/fakes/fake-roaming-settings';

const updates = 1000;
const hotRecords = 5;

async function roamingCapacity(): Promise<number> {
  const store = createRoamingFollowUpStore(new FakeRoamingMailbox().openPane(), createCallQueue());
  for (let n = 0; ; n += 1) {
    const record = sampleRecord(n, 'exchange');
    try {
      await store.write(keyOf(record), record, absentVersion);
    } catch (error) {
      if (isMailboxError(error) && error.code === 'storage-full') return n;
      throw error;
    }
  }
}

function gmailCapacity(): number {
  const properties = new FakeProperties();
  const store = createUserPropertiesFollowUpStore({ properties: properties.asProperties(), lock: new FakeLockService().lockFor(0) });
  for (let n = 0; ; n += 1) {
    const record = sampleRecord(n, 'gmail');
    try {
      store.write(keyOf(record), record, absentVersion);
    } catch (error) {
      if (isMailboxError(error) && error.code === 'storage-full') return n;
      throw error;
    }
  }
}

type Update = { n: number; key: string; writer: number; on: string };

/** Writer 0 logs calls that reached the client, writer 1 calls that left a message, each on its own day: every update is one event no other update makes. */
function plan(writer: number): Update[] {
  return Array.from({ length: updates / 2 }, (_, i) => ({ n: i % hotRecords, key: keyOf(sampleRecord(i % hotRecords)), writer, on: addDays('2026-01-01', i) }));
}

const change = (update: Update) => (stored: FollowUpRecord | undefined) =>
  withEvent(stored ?? sampleRecord(update.n), { kind: 'phone-call', on: update.on, outcome: update.writer === 0 ? 'reached' : 'left-message' });

function lost(acknowledged: Update[], records: Map<string, FollowUpRecord | undefined>): number {
  return acknowledged.filter((update) => {
    const outcome = update.writer === 0 ? 'reached' : 'left-message';
    return !records.get(update.key)?.events.some((event) => event.kind === 'phone-call' && event.on === update.on && event.outcome === outcome);
  }).length;
}

const isConflict = (error: unknown) => isMailboxError(error) && error.code === 'conflict';

/** Each writer runs its updates one after another; a conflict reported to the user is tried again, as a user would click again. */
async function raceAsync(stores: [FollowUpStore, FollowUpStore]): Promise<number> {
  const acknowledged: Update[] = [];
  await Promise.all(
    stores.map(async (store, writer) => {
      for (const update of plan(writer)) {
        for (;;) {
          try {
            await updateRecord(store, update.key, change(update));
            acknowledged.push(update);
            break;
          } catch (error) {
            if (!isConflict(error)) throw error;
          }
        }
      }
    }),
  );
  const records = new Map<string, FollowUpRecord | undefined>();
  for (const key of new Set(acknowledged.map((update) => update.key))) records.set(key, (await stores[0].get(key)).record);
  return lost(acknowledged, records);
}

function raceGmail(): number {
  const properties = new FakeProperties();
  const locks = new FakeLockService();
  const acknowledged: Update[] = [];
  const execution = (writer: number) =>
    asPropertySteps(
      (function* () {
        for (const update of plan(writer)) {
          for (;;) {
            try {
              yield* updateFollowUp(update.key, change(update));
              acknowledged.push(update);
              break;
            } catch (error) {
              if (!isConflict(error)) throw error;
            }
          }
        }
      })(),
    );
  const results = interleaveExecutions([execution(0), execution(1)], { properties, locks }, seededRandom(2026));
  for (const result of results) if ('error' in result) throw result.error;
  const store = createUserPropertiesFollowUpStore({ properties: properties.asProperties(), lock: locks.lockFor(99) });
  const records = new Map<string, FollowUpRecord | undefined>();
  for (const key of new Set(acknowledged.map((update) => update.key))) records.set(key, store.get(key).record);
  return lost(acknowledged, records);
}

export async function benchFollowUp(): Promise<string[]> {
  const roaming = await roamingCapacity();
  const gmail = gmailCapacity();
  const drive = new FakeGraphDrive(seededRandom(11));
  const client = () => createDriveClient({ fetch: drive.fetch, getToken: () => Promise.resolve('token'), sleep: () => Promise.resolve() });
  const onedriveLost = await raceAsync([createOneDriveFollowUpStore(client()), createOneDriveFollowUpStore(client())]);
  const gmailLost = raceGmail();
  const pane = createRoamingFollowUpStore(new FakeRoamingMailbox().openPane(), createCallQueue());
  const roamingLost = await raceAsync([pane, pane]);
  return [
    `follow-up record capacity: roaming ${roaming} invoices, gmail ${gmail} invoices, onedrive unbounded`,
    `follow-up record races: ${updates} interleaved updates, ${onedriveLost} lost (onedrive), ${gmailLost} lost (gmail), ${roamingLost} lost (roaming, one device)`,
  ];
}
