/** One reminder for several of a client's invoices: one draft, logged on every invoice, or nothing at all. */
import { describe, expect, it } from 'vitest';
import { createClientDraft, entryOfRecord, followUpKey, type LedgerEntry, MailboxError, newFollowUpRecord, renderForEntry, runAsync, runSync } from '../../../src/core';
import { durand, durandInvoice, durandUpcomingInvoice, lumen } from '../../../examples/sample-data';
import { asAsync, MemoryMailbox, replyMessage } from '../fakes/memory-mailbox';

const today = '2026-04-02';

function followed(mailbox: MemoryMailbox): [LedgerEntry, LedgerEntry] {
  const keys = [durandInvoice, durandUpcomingInvoice].map((invoice) => {
    const key = followUpKey(durand, invoice);
    mailbox.store.put(key, { ...newFollowUpRecord(invoice, durand), ...(invoice === durandInvoice ? { threadId: 'thread-durand' } : {}) });
    return key;
  });
  return keys.map((key) => {
    const stored = mailbox.store.get(key).record;
    if (!stored) throw new Error('not stored');
    return entryOfRecord(key, stored);
  }) as [LedgerEntry, LedgerEntry];
}

function reminderFor(entries: [LedgerEntry, LedgerEntry]) {
  const rendering = renderForEntry(entries[0], 'overdue-1', { sender: lumen }, today, 'fr', [entries[1].invoice]);
  if (!rendering.reminder) throw rendering.renderError;
  return rendering.reminder;
}

describe('drafting one reminder for several invoices of a client', () => {
  it('lists both invoices and one total, and logs the draft on each invoice', async () => {
    const mailbox = new MemoryMailbox(replyMessage);
    const entries = followed(mailbox);
    const reminder = reminderFor(entries);
    expect(reminder.text).toContain(durandInvoice.number);
    expect(reminder.text).toContain(durandUpcomingInvoice.number);
    const outcome = await runAsync(createClientDraft({ reminder, entries, today }), asAsync(mailbox));
    expect(outcome.entries.map((entry) => entry.events)).toEqual([
      [{ kind: 'drafted', on: today, step: 'overdue-1' }],
      [{ kind: 'drafted', on: today, step: 'overdue-1' }],
    ]);
    expect(mailbox.drafts).toHaveLength(1);
  });

  it('replies in the client’s last known thread when no message is open beside it', () => {
    const mailbox = new MemoryMailbox(replyMessage);
    const entries = followed(mailbox);
    runSync(createClientDraft({ reminder: reminderFor(entries), entries: [entries[1], entries[0]], today }), mailbox);
    expect(mailbox.drafts[0]).toMatchObject({ inThread: 'thread-durand', to: [{ email: durand.contact.email }] });
    expect(mailbox.drafts[0]?.replyTo).toBeUndefined();
  });

  it('answers the open message rather than another thread', () => {
    const mailbox = new MemoryMailbox(replyMessage);
    const entries = followed(mailbox);
    runSync(createClientDraft({ reminder: reminderFor(entries), entries, today, message: replyMessage }), mailbox);
    expect(mailbox.drafts[0]).toMatchObject({ replyTo: replyMessage.id });
    expect(mailbox.drafts[0]?.inThread).toBeUndefined();
  });

  it('logs nothing on any invoice when the draft fails', () => {
    const mailbox = new MemoryMailbox(replyMessage);
    const entries = followed(mailbox);
    mailbox.createDraft = () => {
      throw new MailboxError('offline', 'no network');
    };
    expect(() => runSync(createClientDraft({ reminder: reminderFor(entries), entries, today }), mailbox)).toThrow(expect.objectContaining({ code: 'offline' }));
    expect(mailbox.store.list().records.map((listed) => listed.record.events)).toEqual([[], []]);
  });

  it('makes no draft and puts the first invoice back when the second cannot be logged', () => {
    const mailbox = new MemoryMailbox(replyMessage);
    const entries = followed(mailbox);
    const write = mailbox.store.write.bind(mailbox.store);
    let writes = 0;
    mailbox.store.write = (key, record, version) => {
      writes += 1;
      if (writes === 2) throw new MailboxError('storage-full', 'full');
      return write(key, record, version);
    };
    expect(() => runSync(createClientDraft({ reminder: reminderFor(entries), entries, today }), mailbox)).toThrow(expect.objectContaining({ code: 'storage-full' }));
    expect(mailbox.drafts).toEqual([]);
    expect(mailbox.store.list().records.map((listed) => listed.record.events)).toEqual([[], []]);
  });
});
