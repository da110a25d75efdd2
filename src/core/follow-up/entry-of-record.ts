/**
 * A record as the entry the planner, the renderer and the forms read: its history derived from the
 * events (only reminders really sent count), its promises listed. A view: it is never stored.
 */
import type { Ledger, LedgerEntry, PromiseRecord } from '../ledger/ledger';
import { followUpHistoryOf } from './follow-up-history-of';
import type { FollowUpKey } from './follow-up-key';
import type { FollowUpRecord } from './follow-up-record';
import type { FollowUpListing } from './follow-up-store';

export function promiseRecordsOf(key: FollowUpKey, record: FollowUpRecord): PromiseRecord[] {
  return record.events.flatMap((event) =>
    event.kind === 'promise'
      ? [
          {
            id: event.messageId ?? `${key}@${event.on}`,
            invoiceNumbers: [record.invoice.number],
            date: event.date,
            loggedOn: event.loggedOn,
            evidence: event.evidence ?? '',
            ...(event.amount ? { amount: event.amount } : {}),
          },
        ]
      : [],
  );
}

export function entryOfRecord(key: FollowUpKey, record: FollowUpRecord): LedgerEntry {
  return {
    key,
    invoice: record.invoice,
    client: record.client,
    history: followUpHistoryOf(record),
    promises: promiseRecordsOf(key, record),
    events: record.events,
    ...(record.threadId ? { threadId: record.threadId } : {}),
    ...(record.followUpOn ? { followUpOn: record.followUpOn } : {}),
  };
}

export function ledgerOfListing(listing: FollowUpListing): Ledger {
  return { version: 1, entries: listing.records.map(({ key, record }) => entryOfRecord(key, record)) };
}
