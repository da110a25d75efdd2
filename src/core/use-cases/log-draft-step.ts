/**
 * Logs a reminder step as drafted today (sent once seen in the sent items or confirmed), without making its draft: the first half of a host whose
 * draft is opened by a later, separate action (Gmail's compose action may return nothing but the
 * draft, so the log is written, and its errors shown, by the ordinary action before it).
 *
 * Calls, in order: readRecord, writeRecord (the step logged).
 * Failure policy:
 * - A log that cannot be written (full, offline, refused) stops the use case with its error; the
 *   stored record is as it was, and no draft is offered. There is nothing to undo: the write is the last call.
 * - A write refused because the record moved on (`conflict`) is re-read and re-applied (updateRecord).
 */
import type { LedgerEntry } from '../ledger/ledger';
import type { LedgerCapacity } from '../ledger/ledger-capacity';
import { type DraftInput, recordAfterDraft } from './create-reminder-draft';
import type { UseCase } from './port-call';
import { updateRecord } from './update-record';

export type LoggedStep = { entry: LedgerEntry; capacity: LedgerCapacity };

export function* logDraftStep(input: DraftInput): UseCase<LoggedStep> {
  const update = yield* updateRecord(input.entry, (base) => recordAfterDraft(base, input));
  return { entry: update.entry, capacity: update.capacity };
}
