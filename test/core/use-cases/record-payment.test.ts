import { describe, expect, it } from 'vitest';
import { emptyLedger, findEntry, type Ledger, planReminder, recordPayment, runSync } from '../../../src/core';
import { durandEntry } from '../../gmail/fakes/follow-invoice';
import { MemoryMailbox, replyMessage } from '../fakes/memory-mailbox';

const today = '2026-04-02';

function followed(): MemoryMailbox {
  const mailbox = new MemoryMailbox(replyMessage);
  mailbox.stored = JSON.stringify({ version: 1, entries: [durandEntry] });
  return mailbox;
}

describe('recording a payment received', () => {
  it('settles the invoice on that day, so the plan thanks the client instead of reminding', () => {
    const mailbox = followed();
    const { entry } = runSync(recordPayment({ entry: durandEntry, paidOn: '2026-04-01', amount: { value: 4860, currency: 'EUR' }, today }), mailbox);
    const stored = findEntry(JSON.parse(mailbox.stored) as Ledger, 'F-2026-0142');
    expect(stored).toEqual(entry);
    expect(stored?.history).toMatchObject({ paidOn: '2026-04-01', payment: { amount: { value: 4860, currency: 'EUR' } } });
    expect(planReminder({ invoice: entry.invoice, history: entry.history, today })).toMatchObject({ action: 'send', step: 'thank-you' });
  });

  it('refuses a payment dated after today, naming the date, and stores nothing', () => {
    const mailbox = followed();
    expect(() => runSync(recordPayment({ entry: durandEntry, paidOn: '2026-04-03', today }), mailbox)).toThrow(
      expect.objectContaining({ code: 'invalid-input', issues: [{ field: 'history.paidOn', problem: 'in-future' }] }),
    );
    expect(JSON.parse(mailbox.stored)).toEqual({ version: 1, entries: [durandEntry] });
  });

  it('refuses a payment date that is not a date', () => {
    const mailbox = new MemoryMailbox(replyMessage);
    expect(() => runSync(recordPayment({ entry: durandEntry, paidOn: '1er avril', today }), mailbox)).toThrow(
      expect.objectContaining({ issues: [{ field: 'history.paidOn', problem: 'invalid-date' }] }),
    );
    expect(JSON.parse(mailbox.stored)).toEqual(emptyLedger());
  });
});
