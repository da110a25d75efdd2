import { describe, expect, it } from 'vitest';
import { decodeRecord, encodeRecord, type FollowUpRecord } from '../../../src/core';
import { exchangeId, sampleRecord } from '../fakes/follow-up-samples';

const full: FollowUpRecord = {
  invoice: { number: 'F-2026-0142', issueDate: '2026-02-14', dueDate: '2026-03-16', amount: { value: 4860.5, currency: 'EUR' }, amountDue: { value: 2860.5, currency: 'EUR' }, description: 'Maintenance des fours, février' },
  client: {
    company: 'Boulangeries Durand',
    language: 'fr',
    address: ['12 rue des Lilas', '69003 Lyon'],
    contact: { civility: 'Mme', firstName: 'Claire', lastName: 'Durand', role: 'DAF', email: 'claire.durand@boulangeries-durand.fr', phone: '+33 4 72 00 00 00' },
  },
  threadId: exchangeId(1),
  followUpOn: '2026-04-10',
  events: [
    { kind: 'drafted', on: '2026-03-23', step: 'overdue-1' },
    { kind: 'sent', on: '2026-03-23', step: 'overdue-1', seenIn: 'thread', messageId: exchangeId(2) },
    { kind: 'phone-call', on: '2026-03-24', outcome: 'promise-obtained', note: 'Rappeler le 9 si rien.' },
    { kind: 'replied', on: '2026-03-24' },
    { kind: 'promise', on: '2026-03-25', date: '2026-04-10', loggedOn: '2026-03-25', amount: { value: 2860.5, currency: 'EUR' }, evidence: '=HYPERLINK("x")', messageId: exchangeId(3) },
    { kind: 'documents-asked', on: '2026-03-26', evidence: 'Pouvez-vous renvoyer le bon de livraison ?' },
    { kind: 'plan-asked', on: '2026-03-27' },
    { kind: 'payment-announced', on: '2026-03-28', evidence: 'Virement parti ce matin.' },
    { kind: 'dispute', on: '2026-03-29' },
    { kind: 'payment-received', on: '2026-04-01', partial: true, amount: { value: 2000, currency: 'EUR' } },
    { kind: 'payment-received', on: '2026-04-10', amount: { value: 2860.5, currency: 'EUR' }, means: 'virement' },
    { kind: 'stopped', on: '2026-04-11', note: 'Soldée.' },
  ],
};

describe('the stored form of a record', () => {
  it('gives back exactly the record it was made from, every kind of event included', () => {
    expect(decodeRecord(JSON.parse(JSON.stringify(encodeRecord(full))))).toEqual({ record: full });
  });

  it('takes a few hundred bytes for a typical invoice, ids included', () => {
    expect(JSON.stringify(encodeRecord(sampleRecord(7, 'gmail'))).length).toBeLessThan(450);
  });

  it('leaves message ids, thread ids, sentences and notes out of the compact form, and keeps every date, step and amount', () => {
    const compact = decodeRecord(encodeRecord(full, { compact: true }));
    expect(JSON.stringify(encodeRecord(full, { compact: true }))).not.toContain('AAMk');
    if (!('record' in compact)) throw new Error('unreadable');
    expect(compact.record.threadId).toBeUndefined();
    expect(compact.record.events.map((event) => [event.kind, event.on])).toEqual(full.events.map((event) => [event.kind, event.on]));
    expect(compact.record.events[4]).toEqual({ kind: 'promise', on: '2026-03-25', date: '2026-04-10', loggedOn: '2026-03-25', amount: { value: 2860.5, currency: 'EUR' } });
  });

  it('reports a record of another format instead of reading it as something else', () => {
    expect(decodeRecord([3, [], ['F-1']])).toEqual({ problem: 'unknown-format' });
    expect(decodeRecord({ version: 1, entries: [] })).toEqual({ problem: 'unreadable' });
  });

  it('reports a record with an event it does not know, or a field of the wrong type', () => {
    const encoded = encodeRecord(full);
    const withUnknownEvent = [...encoded];
    withUnknownEvent[1] = [['q', 20535]];
    expect(decodeRecord(withUnknownEvent)).toEqual({ problem: 'unreadable' });
    const badDate = JSON.parse(JSON.stringify(encoded)) as unknown[];
    (badDate[2] as unknown[])[1] = '2026-02-14';
    expect(decodeRecord(badDate)).toEqual({ problem: 'unreadable' });
  });
});
