/**
 * Follows the rows of an aged balance: rows not followed yet become records, rows already followed
 * are matched (same client, same number), never duplicated, and bring what the accounting tool
 * knows better (what remains due, a zero balance: paid, so the reminders stop and the thank-you
 * is due). What the account manager logged is kept.
 *
 * Calls, in order: listRecords, then writeRecord for each record created or changed.
 * Failure policy:
 * - Each record is written whole, on its own. A write that fails stops the import with its error;
 *   the records written before it stay, and importing the same file again matches them, never
 *   duplicates them. The user is told how many were written.
 * - A record another pane changed in between (`conflict`) stops the import the same way: nothing
 *   is written over the other pane's change.
 */
import { matchAgedBalance } from '../aged-balance/match-aged-balance';
import type { AgedBalanceRow } from '../aged-balance/read-aged-balance';
import { followedRecords, recordsOfMatch } from '../follow-up/followed-records';
import type { FollowUpListing } from '../follow-up/follow-up-store';
import { type LedgerCapacity, storageCapacity } from '../ledger/ledger-capacity';
import { absentVersion, type LedgerStorage } from '../mailbox/mailbox';
import type { IsoDate } from '../model/iso-date';
import { call, type UseCase } from './port-call';

export type AgedBalanceImport = {
  added: number;
  updated: number;
  unchanged: number;
  /** The invoices the file shows paid that were not known paid: their thank-you is due. */
  newlyPaid: string[];
};

export type ImportedAgedBalance = AgedBalanceImport & { capacity?: LedgerCapacity };

export class ImportInterrupted extends Error {
  constructor(
    readonly written: number,
    readonly failure: unknown,
  ) {
    super(`aged balance import stopped after ${written} records`);
  }
}

/** What following these rows would change, before anything is written. */
export function previewAgedBalance(listing: FollowUpListing, rows: readonly AgedBalanceRow[], today: IsoDate): AgedBalanceImport {
  const match = matchAgedBalance(followedRecords(listing), rows, today);
  const newlyPaid = [
    ...match.added.filter((added) => added.history.paidOn).map((added) => added.invoice.number),
    ...match.updated.filter(({ before, after }) => after.history.paidOn && !before.history.paidOn).map(({ after }) => after.invoice.number),
  ];
  return { added: match.added.length, updated: match.updated.length, unchanged: match.unchanged.length, newlyPaid };
}

export function* importAgedBalance(input: { rows: readonly AgedBalanceRow[]; today: IsoDate }): UseCase<ImportedAgedBalance> {
  const listing = yield* call('listRecords');
  const summary = previewAgedBalance(listing, input.rows, input.today);
  const { created, changed } = recordsOfMatch(matchAgedBalance(followedRecords(listing), input.rows, input.today), input.today);
  const writes = [
    ...created.map(({ key, record }) => ({ key, record, version: absentVersion })),
    ...changed.map(({ listed, record }) => ({ key: listed.key, record, version: listed.version })),
  ];
  let storage: LedgerStorage | undefined;
  for (const [index, write] of writes.entries()) {
    try {
      storage = (yield* call('writeRecord', write.key, write.record, write.version)).storage;
    } catch (failure) {
      throw new ImportInterrupted(index, failure);
    }
  }
  return { ...summary, ...(storage ? { capacity: storageCapacity(storage) } : {}) };
}
