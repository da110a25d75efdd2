import { describe, expect, it } from 'vitest';
import { createReminderDraft, describeError, emptyInvoiceForm, emptyLedger, findEntry, type Ledger, MailboxError, proposeReminder, runAsync, runSync } from '../../../src/core';
import { lumen } from '../../../examples/sample-data';
import { asAsync, MemoryMailbox, replyMessage } from '../fakes/memory-mailbox';

const form = {
  ...emptyInvoiceForm,
  number: 'F-2026-0142',
  issueDate: '2026-02-14',
  dueDate: '2026-03-16',
  amount: '4860',
  description: 'Refonte du site web',
  company: 'Boulangeries Durand SAS',
  civility: 'Mme',
  firstName: 'Claire',
  lastName: 'Durand',
  email: 'c.durand@boulangeries-durand.fr',
};

describe('proposing and drafting a reminder', () => {
  it('proposes the step due today with the reminder ready to review', () => {
    const proposal = proposeReminder({ form, ledger: emptyLedger(), settings: { sender: lumen }, today: '2026-03-23', language: 'fr' });
    expect(proposal).toMatchObject({ ok: true, step: 'overdue-1', plan: { action: 'send' } });
    if (proposal.ok) expect(proposal.reminder?.text).toContain('Bonjour Madame Durand');
  });

  it('gives field errors and no reminder when the form is wrong', () => {
    const proposal = proposeReminder({ form: { ...form, dueDate: '' }, ledger: emptyLedger(), settings: { sender: lumen }, today: '2026-03-23', language: 'fr' });
    expect(proposal).toEqual({ ok: false, issues: [{ field: 'dueDate', problem: 'required' }] });
  });

  it('says which sender details are missing instead of writing the reminder', () => {
    const { iban: _iban, ...sender } = lumen;
    const proposal = proposeReminder({ form, ledger: emptyLedger(), settings: { sender }, today: '2026-03-23', language: 'fr' });
    expect(proposal.ok && proposal.reminder).toBeUndefined();
    expect(proposal.ok && proposal.renderError?.fields).toEqual(['sender.iban']);
  });

  it('drafts a reply-all in the thread, after logging the step as sent', async () => {
    const mailbox = new MemoryMailbox(replyMessage);
    const proposal = proposeReminder({ form, ledger: emptyLedger(), settings: { sender: lumen }, today: '2026-03-23', language: 'fr' });
    if (!proposal.ok || !proposal.reminder) throw new Error('no reminder');
    const outcome = await runAsync(createReminderDraft({ reminder: proposal.reminder, entry: proposal.entry, message: replyMessage, today: '2026-03-23' }), asAsync(mailbox));
    expect(outcome).toMatchObject({ draft: { mode: 'reply-all' }, capacity: { level: 'ok' } });
    expect(mailbox.drafts[0]).toMatchObject({ replyTo: 'reply-1', to: [{ email: 'c.durand@boulangeries-durand.fr' }] });
    const stored = JSON.parse(mailbox.stored) as Ledger;
    expect(findEntry(stored, 'F-2026-0142')?.history.sent).toEqual([{ step: 'overdue-1', on: '2026-03-23' }]);
  });

  it('makes no draft when the log is full, and says so', () => {
    const mailbox = new MemoryMailbox(replyMessage, 200);
    const proposal = proposeReminder({ form, ledger: emptyLedger(), settings: { sender: lumen }, today: '2026-03-23', language: 'fr' });
    if (!proposal.ok || !proposal.reminder) throw new Error('no reminder');
    expect(() => runSync(createReminderDraft({ reminder: proposal.reminder!, entry: proposal.entry, today: '2026-03-23' }), mailbox)).toThrow(
      expect.objectContaining({ code: 'storage-full' }),
    );
    expect(mailbox.drafts).toEqual([]);
    expect(JSON.parse(mailbox.stored)).toEqual(emptyLedger());
  });

  it('re-reads and re-applies the step when another pane wrote the record in between, keeping what it wrote', () => {
    const mailbox = new MemoryMailbox(replyMessage);
    const proposal = proposeReminder({ form, ledger: emptyLedger(), settings: { sender: lumen }, today: '2026-03-23', language: 'fr' });
    if (!proposal.ok || !proposal.reminder) throw new Error('no reminder');
    const read = mailbox.readRecord.bind(mailbox);
    let raced = false;
    // The other pane logs a promise between this pane's read and its write.
    mailbox.readRecord = (number: string) => {
      const stored = read(number);
      if (!raced) {
        raced = true;
        mailbox.writeRecord({ ...proposal.entry, promises: [{ id: 'other', invoiceNumbers: [], date: '2026-03-30', loggedOn: '2026-03-22', evidence: 'le 30' }] }, stored.version);
      }
      return stored;
    };
    runSync(createReminderDraft({ reminder: proposal.reminder, entry: proposal.entry, today: '2026-03-23' }), mailbox);
    const entry = findEntry(JSON.parse(mailbox.stored) as Ledger, 'F-2026-0142');
    expect(entry?.promises.map((promise) => promise.id)).toEqual(['other']);
    expect(entry?.history.sent).toEqual([{ step: 'overdue-1', on: '2026-03-23' }]);
  });

  it('gives up with "changed elsewhere" when the record keeps moving, having drafted nothing', () => {
    const mailbox = new MemoryMailbox(replyMessage);
    const proposal = proposeReminder({ form, ledger: emptyLedger(), settings: { sender: lumen }, today: '2026-03-23', language: 'fr' });
    if (!proposal.ok || !proposal.reminder) throw new Error('no reminder');
    mailbox.writeRecord = () => {
      throw new MailboxError('conflict');
    };
    let failure: unknown;
    try {
      runSync(createReminderDraft({ reminder: proposal.reminder, entry: proposal.entry, today: '2026-03-23' }), mailbox);
    } catch (error) {
      failure = error;
    }
    expect(describeError(failure, 'fr').title).toBe('Le journal a été modifié ailleurs au même moment\u00a0: réessayez.');
    expect(mailbox.drafts).toEqual([]);
  });

  it('shows the draft failure even when putting the record back fails too; the log then keeps the step', () => {
    const mailbox = new MemoryMailbox(replyMessage);
    const proposal = proposeReminder({ form, ledger: emptyLedger(), settings: { sender: lumen }, today: '2026-03-23', language: 'fr' });
    if (!proposal.ok || !proposal.reminder) throw new Error('no reminder');
    mailbox.createDraft = () => {
      throw new MailboxError('offline');
    };
    mailbox.removeRecord = () => {
      throw new MailboxError('server-error');
    };
    expect(() => runSync(createReminderDraft({ reminder: proposal.reminder!, entry: proposal.entry, today: '2026-03-23' }), mailbox)).toThrow(
      expect.objectContaining({ code: 'offline' }),
    );
    expect(findEntry(JSON.parse(mailbox.stored) as Ledger, 'F-2026-0142')?.history.sent).toEqual([{ step: 'overdue-1', on: '2026-03-23' }]);
  });
});

