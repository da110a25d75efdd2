/**
 * The store half every use case shares: read an invoice's record, apply a change (a pure function
 * of the record), write it with the version read. When another pane or execution wrote the record
 * in between, the write is refused (`conflict`): read again and re-apply, a few times, then give up
 * with the conflict. `restoreRecord` puts the record back as it was read, when a later call fails.
 */
import type { LedgerEntry } from '../ledger/ledger';
import { type LedgerCapacity, storageCapacity } from '../ledger/ledger-capacity';
import type { RecordVersion } from '../mailbox/mailbox';
import { isMailboxError } from '../mailbox/mailbox-error';
import { call, type PortCall } from './port-call';

export const writeAttempts = 3;

export type RecordUpdate = {
  /** The record as it was read, before the change; undefined when the invoice was not followed. */
  before?: LedgerEntry;
  entry: LedgerEntry;
  /** The version of what was written, for a later undo. */
  version: RecordVersion;
  capacity: LedgerCapacity;
};

export function* updateRecord(invoiceNumber: string, change: (stored: LedgerEntry | undefined) => LedgerEntry): Generator<PortCall, RecordUpdate, unknown> {
  for (let attempt = 1; ; attempt += 1) {
    const stored = yield* call('readRecord', invoiceNumber);
    const entry = change(stored.entry);
    try {
      const written = yield* call('writeRecord', entry, stored.version);
      return { ...(stored.entry ? { before: stored.entry } : {}), entry, version: written.version, capacity: storageCapacity(written.storage) };
    } catch (error) {
      if (attempt < writeAttempts && isMailboxError(error) && error.code === 'conflict') continue;
      throw error;
    }
  }
}

/**
 * Puts the record back as it was read, then rethrows the failure that made it necessary: the user
 * is told why the action failed. If putting it back fails too, the record keeps the change, and the
 * original failure is still the one shown.
 */
export function* undoUpdate(update: RecordUpdate, failure: unknown): Generator<PortCall, never, unknown> {
  try {
    if (update.before) yield* call('writeRecord', update.before, update.version);
    else yield* call('removeRecord', update.entry.invoice.number, update.version);
  } catch {
    // The failure that matters to the user is the one below.
  }
  throw failure;
}

/** The record as stored, with what the user corrected in the form: the invoice, the client and the part payments. */
export function withFormFacts(stored: LedgerEntry | undefined, corrected: LedgerEntry): LedgerEntry {
  if (!stored) return corrected;
  const { partialPayments: _stored, ...history } = stored.history;
  const payments = corrected.history.partialPayments;
  return {
    ...stored,
    invoice: corrected.invoice,
    client: corrected.client,
    history: payments && payments.length > 0 ? { ...history, partialPayments: payments } : history,
  };
}
