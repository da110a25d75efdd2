import { describe, expect, it } from 'vitest';
import { describeError, emptyLedger, findEntry, type Ledger, planReminder, recordPayment, RelanceError, runSync } from '../../../src/core';
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
    const before = mailbox.stored;
    expect(() => runSync(recordPayment({ entry: durandEntry, paidOn: '2026-04-03', today }), mailbox)).toThrow(
      expect.objectContaining({ code: 'invalid-input', issues: [{ field: 'history.paidOn', problem: 'in-future' }] }),
    );
    expect(mailbox.stored).toBe(before);
  });

  it('refuses a payment date that is not a date', () => {
    const mailbox = new MemoryMailbox(replyMessage);
    expect(() => runSync(recordPayment({ entry: durandEntry, paidOn: '1er avril', today }), mailbox)).toThrow(
      expect.objectContaining({ issues: [{ field: 'history.paidOn', problem: 'invalid-date' }] }),
    );
    expect(JSON.parse(mailbox.stored)).toEqual(emptyLedger());
  });

  it('takes less than the balance as a part payment: the reminders go on for what remains, no thank-you yet', () => {
    const mailbox = followed();
    const { entry } = runSync(recordPayment({ entry: durandEntry, paidOn: '2026-04-01', typedAmount: '1\u00a0000,00', today }), mailbox);
    expect(entry.history.paidOn).toBeUndefined();
    expect(entry.history.partialPayments).toEqual([{ on: '2026-04-01', amount: { value: 1000, currency: 'EUR' } }]);
    expect(entry.invoice.amountDue).toEqual({ value: 3860, currency: 'EUR' });
    const plan = planReminder({ invoice: entry.invoice, history: entry.history, today });
    expect(plan.action).toBe('send');
    expect(plan).not.toMatchObject({ step: 'thank-you' });
  });

  it('settles the invoice when the payments received reach the balance: the reminders stop, the thank-you is proposed', () => {
    const mailbox = followed();
    const part = runSync(recordPayment({ entry: durandEntry, paidOn: '2026-03-30', typedAmount: '1000', today }), mailbox);
    const { entry } = runSync(recordPayment({ entry: part.entry, paidOn: '2026-04-01', typedAmount: '3,860.00', today }), mailbox);
    expect(entry.history.paidOn).toBe('2026-04-01');
    expect(planReminder({ invoice: entry.invoice, history: entry.history, today })).toMatchObject({ action: 'send', step: 'thank-you' });
  });

  it('refuses an amount that is not a number, in the user’s language, and stores nothing', () => {
    const mailbox = followed();
    const before = mailbox.stored;
    let caught: unknown;
    try {
      runSync(recordPayment({ entry: durandEntry, paidOn: '2026-04-01', typedAmount: 'mille euros', today }), mailbox);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RelanceError);
    expect((caught as RelanceError).issues).toEqual([{ field: 'history.payment.amount', problem: 'invalid-number' }]);
    expect(describeError(caught, 'fr').details).toEqual(['montant reçu\u00a0: nombre invalide']);
    expect(describeError(caught, 'en').details).toEqual(['amount received: not a valid number']);
    expect(mailbox.stored).toBe(before);
  });

  it('refuses a payment of zero', () => {
    expect(() => runSync(recordPayment({ entry: durandEntry, paidOn: '2026-04-01', typedAmount: '0,00', today }), followed())).toThrow(
      expect.objectContaining({ issues: [{ field: 'history.payment.amount', problem: 'not-positive' }] }),
    );
  });
});
