/**
 * The port a shell implements to keep follow-up records: one record per invoice, each with its own
 * version. A write carries the version it read and is refused (`conflict`) when the stored one has
 * moved on, so two panes, two devices or two Apps Script executions never silently undo each other.
 * A stored record this code does not understand is listed as unreadable and `get` refuses it
 * (`unreadable-record`): nothing is ever written over it.
 */
import type { LedgerStorage, RecordVersion } from '../mailbox/mailbox';
import type { FollowUpKey } from './follow-up-key';
import type { FollowUpRecord } from './follow-up-record';

export type StoredFollowUp = { record?: FollowUpRecord; version: RecordVersion };
export type ListedFollowUp = { key: FollowUpKey; record: FollowUpRecord; version: RecordVersion };
/** Why a stored record is not read: a format from another version of Relance, or text that is not a record at all. */
export type UnreadableFollowUp = { key: string; reason: 'unknown-format' | 'unreadable' };
export type FollowUpListing = { records: ListedFollowUp[]; unreadable: UnreadableFollowUp[] };
export type FollowUpWrite = { version: RecordVersion; storage: LedgerStorage };

export type FollowUpStoreCalls = {
  list: { args: []; result: FollowUpListing };
  get: { args: [key: FollowUpKey]; result: StoredFollowUp };
  write: { args: [key: FollowUpKey, record: FollowUpRecord, expectedVersion: RecordVersion]; result: FollowUpWrite };
  remove: { args: [key: FollowUpKey, expectedVersion: RecordVersion]; result: void };
};

export type FollowUpStoreMethod = keyof FollowUpStoreCalls;

/** The store as Office.js and Graph give it: every call answers with a Promise. */
export type FollowUpStore = { [M in FollowUpStoreMethod]: (...args: FollowUpStoreCalls[M]['args']) => Promise<FollowUpStoreCalls[M]['result']> };
/** The store as Apps Script gives it: every call answers at once. */
export type SyncFollowUpStore = { [M in FollowUpStoreMethod]: (...args: FollowUpStoreCalls[M]['args']) => FollowUpStoreCalls[M]['result'] };

export type StoreCall = { [M in FollowUpStoreMethod]: { method: M; args: FollowUpStoreCalls[M]['args'] } }[FollowUpStoreMethod];

/** One store call, typed: `const stored = yield* storeCall('get', key)`. */
export function* storeCall<M extends FollowUpStoreMethod>(method: M, ...args: FollowUpStoreCalls[M]['args']): Generator<StoreCall, FollowUpStoreCalls[M]['result'], unknown> {
  return (yield { method, args } as StoreCall) as FollowUpStoreCalls[M]['result'];
}
