/** What waits on the user's word: drafts not known sent, payments the client announced. */
import { describe, expect, it } from 'vitest';
import { awaitingConfirmation, type FollowUpListing, followUpKey, type FollowUpRecord, newFollowUpRecord, withEvent } from '../../../src/core';
import { durand, durandInvoice, durandSecondInvoice, harper, harperInvoice } from '../../../examples/sample-data';

const listed = (...records: FollowUpRecord[]): FollowUpListing => ({
  records: records.map((record, index) => ({ key: followUpKey(record.client, record.invoice), record, version: `v${index}` })),
  unreadable: [],
});

describe('what awaits the user’s confirmation', () => {
  it('lists a drafted reminder until it is known sent', () => {
    const drafted = withEvent(newFollowUpRecord(durandInvoice, durand), { kind: 'drafted', on: '2026-03-23', step: 'overdue-1' });
    expect(awaitingConfirmation(listed(drafted)).drafts).toMatchObject([{ step: 'overdue-1', draftedOn: '2026-03-23', entry: { invoice: { number: durandInvoice.number } } }]);
    const sent = withEvent(drafted, { kind: 'sent', on: '2026-03-24', step: 'overdue-1', seenIn: 'user' });
    expect(awaitingConfirmation(listed(sent)).drafts).toEqual([]);
  });

  it('lists a payment the client announced, until it is received', () => {
    const announced = withEvent(newFollowUpRecord(harperInvoice, harper), { kind: 'payment-announced', on: '2026-03-25', evidence: 'Paid yesterday.' });
    expect(awaitingConfirmation(listed(announced)).announcedPayments).toMatchObject([{ announcedOn: '2026-03-25', entry: { client: { company: harper.company } } }]);
    const paid = withEvent(announced, { kind: 'payment-received', on: '2026-03-27' });
    expect(awaitingConfirmation(listed(paid))).toEqual({ drafts: [], announcedPayments: [] });
  });

  it('leaves out an invoice the user stopped following', () => {
    const drafted = withEvent(newFollowUpRecord(durandSecondInvoice, durand), { kind: 'drafted', on: '2026-04-02', step: 'overdue-1' });
    const stopped = withEvent(drafted, { kind: 'stopped', on: '2026-04-03' });
    expect(awaitingConfirmation(listed(stopped)).drafts).toEqual([]);
  });
});
