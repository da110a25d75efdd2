import { describe, expect, it } from 'vitest';
import { type FollowUpRecord, followUpHistoryOf, planReminder } from '../../../src/core';

const base: FollowUpRecord = {
  invoice: { number: 'F-2026-0142', issueDate: '2026-02-14', dueDate: '2026-03-16', amount: { value: 1250, currency: 'EUR' } },
  client: { company: 'Boulangeries Durand', contact: { lastName: 'Durand', email: 'claire@durand.fr' } },
  events: [],
};

describe("the planner's history of a record", () => {
  it('counts a drafted reminder as not sent', () => {
    const record = { ...base, events: [{ kind: 'drafted' as const, on: '2026-03-23', step: 'overdue-1' as const }] };
    expect(followUpHistoryOf(record).sent).toEqual([]);
    // so the first reminder is still the one to send, not a wait for the second
    expect(planReminder({ invoice: record.invoice, history: followUpHistoryOf(record), today: '2026-03-30' })).toMatchObject({ action: 'send', step: 'overdue-1' });
  });

  it('uses the day the reminder was seen sent, not the day it was drafted', () => {
    const record: FollowUpRecord = {
      ...base,
      events: [
        { kind: 'drafted', on: '2026-03-23', step: 'overdue-1' },
        { kind: 'sent', on: '2026-03-26', step: 'overdue-1', seenIn: 'thread' },
      ],
    };
    expect(followUpHistoryOf(record).sent).toEqual([{ step: 'overdue-1', on: '2026-03-26' }]);
  });

  it('takes the latest promise, the last reply, disputes and payments from the events', () => {
    const record: FollowUpRecord = {
      ...base,
      events: [
        { kind: 'promise', on: '2026-03-25', date: '2026-04-10', loggedOn: '2026-03-25', evidence: 'Le 10 avril.' },
        { kind: 'payment-received', on: '2026-04-01', partial: true, amount: { value: 250, currency: 'EUR' } },
        { kind: 'promise', on: '2026-04-02', date: '2026-04-20', loggedOn: '2026-04-02', amount: { value: 1000, currency: 'EUR' } },
        { kind: 'dispute', on: '2026-04-05', evidence: 'La livraison était incomplète.' },
        { kind: 'payment-received', on: '2026-04-21', amount: { value: 1000, currency: 'EUR' }, means: 'virement' },
      ],
    };
    expect(followUpHistoryOf(record)).toEqual({
      sent: [],
      repliedOn: '2026-04-05',
      promise: { date: '2026-04-20', loggedOn: '2026-04-02', madeOn: '2026-04-02', amount: { value: 1000, currency: 'EUR' } },
      disputedOn: '2026-04-05',
      partialPayments: [{ on: '2026-04-01', amount: { value: 250, currency: 'EUR' } }],
      paidOn: '2026-04-21',
      payment: { amount: { value: 1000, currency: 'EUR' }, means: 'virement' },
    });
  });

  it('counts a phone call and a payment announced as no payment', () => {
    const record: FollowUpRecord = {
      ...base,
      events: [
        { kind: 'phone-call', on: '2026-03-30', outcome: 'left-message' },
        { kind: 'payment-announced', on: '2026-03-31', evidence: 'Le virement est parti hier.' },
      ],
    };
    const history = followUpHistoryOf(record);
    expect(history.paidOn).toBeUndefined();
    expect(history.repliedOn).toBe('2026-03-31');
  });
});
