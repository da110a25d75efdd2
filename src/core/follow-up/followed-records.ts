/**
 * Follow-up records as the aged-balance matcher and the day's plan read them ({ invoice, client,
 * history }), and a match turned back into records to write: new invoices as new records, a paid
 * invoice as a payment event, a changed balance as the record's invoice. Events are never lost.
 */
import type { AgedBalanceMatch, FollowedRecord } from '../aged-balance/match-aged-balance';
import type { IsoDate } from '../model/iso-date';
import { followUpHistoryOf } from './follow-up-history-of';
import { followUpKey, type FollowUpKey } from './follow-up-key';
import { type FollowUpRecord, newFollowUpRecord } from './follow-up-record';
import type { FollowUpListing, ListedFollowUp } from './follow-up-store';
import { withEvent } from './with-event';

/** A stored record seen by the matcher and the planner; `listed` keeps its key and version for the write. */
export type FollowedFollowUp = FollowedRecord & { listed: ListedFollowUp };

export function followedRecords(listing: FollowUpListing): FollowedFollowUp[] {
  return listing.records.map((listed) => ({ invoice: listed.record.invoice, client: listed.record.client, history: followUpHistoryOf(listed.record), listed }));
}

/** What a match changes: records to create (absent before) and records to rewrite at the version read. */
export type MatchedRecords = {
  created: { key: FollowUpKey; record: FollowUpRecord }[];
  changed: { listed: ListedFollowUp; record: FollowUpRecord }[];
};

export function recordsOfMatch(match: AgedBalanceMatch<FollowedFollowUp>, today: IsoDate): MatchedRecords {
  const created = match.added.map((added) => {
    const record = newFollowUpRecord(added.invoice, added.client);
    return { key: followUpKey(added.client, added.invoice), record: added.history.paidOn ? withEvent(record, { kind: 'payment-received', on: added.history.paidOn }) : record };
  });
  const changed = match.updated.map(({ before, after }) => {
    const record: FollowUpRecord = { ...before.listed.record, invoice: after.invoice };
    const newlyPaid = after.history.paidOn && !before.history.paidOn;
    return { listed: before.listed, record: newlyPaid ? withEvent(record, { kind: 'payment-received', on: after.history.paidOn ?? today }) : record };
  });
  return { created, changed };
}
