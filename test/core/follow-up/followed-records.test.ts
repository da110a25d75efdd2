import { describe, expect, it } from 'vitest';
import {
  type Client,
  followedRecords,
  type FollowUpListing,
  followUpKey,
  type Invoice,
  matchAgedBalance,
  newFollowUpRecord,
  openInvoices,
  planToday,
  readAgedBalance,
  recordsOfMatch,
  withEvent,
} from '../../../src/core';

const today = '2026-12-03';
const morel: Client = { company: 'Garage Morel SARL', contact: { civility: 'Monsieur', lastName: 'Morel', email: 'compta@garage-morel.fr' } };
const eur = (value: number) => ({ value, currency: 'EUR' });
const f1: Invoice = { number: 'FA-2026-0118', issueDate: '2026-10-02', dueDate: '2026-11-01', amount: eur(4860) };
const drafted = withEvent(newFollowUpRecord(f1, morel), { kind: 'drafted', on: '2026-11-08', step: 'overdue-1' });
const sent = withEvent(drafted, { kind: 'sent', on: '2026-11-08', step: 'overdue-1', seenIn: 'user' });
const listing = (record = sent): FollowUpListing => ({ records: [{ key: followUpKey(morel, f1), record, version: 'v1' }], unreadable: [] });

const csv = (balance: string) =>
  ['Client;N° de facture;Date facture;Échéance;Montant TTC;Reste dû', `Garage Morel SARL;FA-2026-0118;02/10/2026;01/11/2026;4 860,00;${balance}`, 'Garage Morel SARL;FA-2026-0131;15/10/2026;14/11/2026;1 200,00;1 200,00'].join('\n');

describe('follow-up records read by the aged-balance import and the day plan', () => {
  it('gives the history of reminders really sent, a draft alone counting for nothing', () => {
    expect(followedRecords(listing())[0]?.history.sent).toEqual([{ step: 'overdue-1', on: '2026-11-08' }]);
    expect(followedRecords(listing(drafted))[0]?.history.sent).toEqual([]);
  });

  it('turns an import into a new record for a new invoice and a rewrite at the version read for a part payment', () => {
    const match = matchAgedBalance(followedRecords(listing()), readAgedBalance({ text: csv('2 000,00') }).rows, today);
    const { created, changed } = recordsOfMatch(match, today);
    expect(created.map(({ key, record }) => [key, record.invoice.number, record.events])).toEqual([[followUpKey(morel, { number: 'FA-2026-0131' }), 'FA-2026-0131', []]]);
    expect(changed).toHaveLength(1);
    expect(changed[0]?.listed.version).toBe('v1');
    expect(changed[0]?.record.invoice.amountDue).toEqual(eur(2000));
    expect(changed[0]?.record.events).toEqual(sent.events);
  });

  it('records a zero balance as a payment received, so the invoice leaves the open ones', () => {
    const match = matchAgedBalance(followedRecords(listing()), readAgedBalance({ text: csv('0,00') }).rows, today);
    const paid = recordsOfMatch(match, today).changed[0]?.record;
    expect(paid?.events.at(-1)).toEqual({ kind: 'payment-received', on: today });
    const after = followedRecords({ records: [{ key: followUpKey(morel, f1), record: paid ?? sent, version: 'v2' }], unreadable: [] });
    expect(openInvoices(after, morel, today)).toEqual([]);
  });

  it('plans today from the records: the step after the one really sent, not the one only drafted', () => {
    const afterSent = planToday({ records: followedRecords(listing()), today }).clients[0]?.invoices[0];
    const afterDraft = planToday({ records: followedRecords(listing(drafted)), today }).clients[0]?.invoices[0];
    expect(afterSent?.invoice.number).toBe('FA-2026-0118');
    expect(afterSent?.step).not.toBe('overdue-1');
    expect(afterDraft?.step).toBe('overdue-1');
  });
});
