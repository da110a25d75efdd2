/** Following an aged balance: new rows become records, followed rows are matched, a zero balance is a payment. */
import { describe, expect, it } from 'vitest';
import { followUpKey, ImportInterrupted, importAgedBalance, MailboxError, newFollowUpRecord, readAgedBalance, runSync, withEvent } from '../../../src/core';
import { MemoryMailbox, replyMessage } from '../fakes/memory-mailbox';

const today = '2026-04-02';
const csv = [
  'Client;Email;N° de facture;Date;Échéance;Montant TTC;Reste dû',
  'Boulangeries Durand SAS;c.durand@boulangeries-durand.fr;F-2026-0142;14/02/2026;16/03/2026;4 860,00;4 860,00',
  'Boulangeries Durand SAS;c.durand@boulangeries-durand.fr;F-2026-0163;02/03/2026;01/04/2026;1 250,50;0,00',
  'Garage Lemoine;compta@garage-lemoine.fr;F-2026-0170;05/03/2026;04/04/2026;720,00;720,00',
].join('\n');

const rows = () => readAgedBalance({ text: csv, language: 'fr' }).rows;

describe('importing an aged balance', () => {
  it('follows every row, a zero balance as paid so its thank-you is due', () => {
    const mailbox = new MemoryMailbox(replyMessage);
    const outcome = runSync(importAgedBalance({ rows: rows(), today }), mailbox);
    expect(outcome).toMatchObject({ added: 3, updated: 0, unchanged: 0, newlyPaid: ['F-2026-0163'] });
    const records = mailbox.store.list().records.map((listed) => listed.record);
    expect(records.map((record) => record.invoice.number).sort()).toEqual(['F-2026-0142', 'F-2026-0163', 'F-2026-0170']);
    expect(records.find((record) => record.invoice.number === 'F-2026-0163')?.events).toEqual([{ kind: 'payment-received', on: today }]);
  });

  it('matches the rows already followed, never duplicates them, and keeps what was logged', () => {
    const mailbox = new MemoryMailbox(replyMessage);
    const [first] = rows();
    if (!first) throw new Error('no row');
    const client = { company: first.client.company, contact: { lastName: 'Durand', email: first.client.email ?? '' } };
    const logged = withEvent(newFollowUpRecord({ ...first.invoice, amountDue: { value: 5000, currency: 'EUR' } }, client), { kind: 'sent', on: '2026-03-23', step: 'overdue-1', seenIn: 'user' });
    mailbox.store.put(followUpKey(client, first.invoice), logged);
    const outcome = runSync(importAgedBalance({ rows: rows(), today }), mailbox);
    expect(outcome).toMatchObject({ added: 2, updated: 1, unchanged: 0 });
    const again = runSync(importAgedBalance({ rows: rows(), today }), mailbox);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    expect(mailbox.store.list().records).toHaveLength(3);
    const kept = mailbox.store.list().records.find((listed) => listed.record.invoice.number === first.invoice.number)?.record;
    expect(kept?.events).toEqual(logged.events);
    expect(kept?.client.contact.lastName).toBe('Durand');
    // The file's balance replaces the one stored: the whole amount is due again.
    expect(kept?.invoice.amountDue ?? kept?.invoice.amount).toEqual({ value: 4860, currency: 'EUR' });
  });

  it('stops at a write that fails and says how many were written; importing again completes it', () => {
    const mailbox = new MemoryMailbox(replyMessage);
    const write = mailbox.store.write.bind(mailbox.store);
    let writes = 0;
    mailbox.store.write = (key, record, version) => {
      writes += 1;
      if (writes === 2) throw new MailboxError('offline', 'no network');
      return write(key, record, version);
    };
    expect(() => runSync(importAgedBalance({ rows: rows(), today }), mailbox)).toThrow(ImportInterrupted);
    expect(() => runSync(importAgedBalance({ rows: rows(), today }), new MemoryMailbox(replyMessage, 10))).toThrow(
      expect.objectContaining({ written: 0, failure: expect.objectContaining({ code: 'storage-full' }) }),
    );
    expect(mailbox.store.list().records).toHaveLength(1);
    expect(runSync(importAgedBalance({ rows: rows(), today }), mailbox)).toMatchObject({ added: 2, unchanged: 1 });
    expect(mailbox.store.list().records).toHaveLength(3);
  });
});
