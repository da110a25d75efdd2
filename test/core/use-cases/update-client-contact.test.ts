/** A client imported from an aged balance gets the contact its reminders greet, on every invoice, nothing else changed. */
import { describe, expect, it } from 'vitest';
import { entryOfRecord, followUpKey, newFollowUpRecord, runSync, updateClientContact, withEvent } from '../../../src/core';
import { durandInvoice, durandSecondInvoice } from '../../../examples/sample-data';
import { MemoryMailbox, replyMessage } from '../fakes/memory-mailbox';

const imported = { company: 'Boulangeries Durand SAS', contact: { lastName: '', email: 'compta@boulangeries-durand.fr' } };

function followed(mailbox: MemoryMailbox) {
  return [durandInvoice, durandSecondInvoice].map((invoice, index) => {
    const key = followUpKey(imported, invoice);
    const record = index === 0 ? withEvent(newFollowUpRecord(invoice, imported), { kind: 'drafted', on: '2026-03-23', step: 'overdue-1' }) : newFollowUpRecord(invoice, imported);
    mailbox.store.put(key, record);
    return entryOfRecord(key, record);
  });
}

describe("completing a client's contact", () => {
  it('writes the contact on each of the client’s invoices and keeps their events', () => {
    const mailbox = new MemoryMailbox(replyMessage);
    const entries = followed(mailbox);
    const updated = runSync(updateClientContact({ entries, contact: { civility: 'Mme', firstName: ' Claire ', lastName: 'Durand', email: 'c.durand@boulangeries-durand.fr' } }), mailbox);
    expect(updated.map((entry) => entry.client.contact)).toEqual([
      { civility: 'Mme', firstName: 'Claire', lastName: 'Durand', email: 'c.durand@boulangeries-durand.fr' },
      { civility: 'Mme', firstName: 'Claire', lastName: 'Durand', email: 'c.durand@boulangeries-durand.fr' },
    ]);
    const stored = mailbox.store.list().records;
    expect(stored).toHaveLength(2);
    expect(stored.find((listed) => listed.record.invoice.number === durandInvoice.number)?.record.events).toEqual([{ kind: 'drafted', on: '2026-03-23', step: 'overdue-1' }]);
  });

  it('refuses a contact without a last name or with an address that is not one, naming each field, and writes nothing', () => {
    const mailbox = new MemoryMailbox(replyMessage);
    const entries = followed(mailbox);
    expect(() => runSync(updateClientContact({ entries, contact: { lastName: '  ', email: 'Claire Durand' } }), mailbox)).toThrow(
      expect.objectContaining({
        code: 'invalid-input',
        issues: [
          { field: 'client.contact.lastName', problem: 'required' },
          { field: 'client.contact.email', problem: 'invalid-email' },
        ],
      }),
    );
    expect(mailbox.store.writes).toBe(0);
  });
});
