import { describe, expect, it } from 'vitest';
import { createReminderDraft, emptyInvoiceForm, emptyLedger, findEntry, proposeReminder, type Ledger } from '../../../src/core';
import { lumen } from '../../../examples/sample-data';
import { MemoryMailbox, replyMessage } from '../fakes/memory-mailbox';

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

  it('drafts a reply-all in the thread, then logs the step as sent', async () => {
    const mailbox = new MemoryMailbox(replyMessage);
    const proposal = proposeReminder({ form, ledger: emptyLedger(), settings: { sender: lumen }, today: '2026-03-23', language: 'fr' });
    if (!proposal.ok || !proposal.reminder) throw new Error('no reminder');
    const outcome = await createReminderDraft(mailbox, { reminder: proposal.reminder, entry: proposal.entry, message: replyMessage, today: '2026-03-23' });
    expect(outcome).toMatchObject({ logged: true, draft: { mode: 'reply-all' } });
    expect(mailbox.drafts[0]).toMatchObject({ replyTo: 'reply-1', to: [{ email: 'c.durand@boulangeries-durand.fr' }] });
    const stored = JSON.parse(mailbox.stored) as Ledger;
    expect(findEntry(stored, 'F-2026-0142')?.history.sent).toEqual([{ step: 'overdue-1', on: '2026-03-23' }]);
  });

  it('says the draft exists but was not logged when the log cannot be saved', async () => {
    const mailbox = new MemoryMailbox(replyMessage);
    mailbox.failSave = true;
    const proposal = proposeReminder({ form, ledger: emptyLedger(), settings: { sender: lumen }, today: '2026-03-23', language: 'fr' });
    if (!proposal.ok || !proposal.reminder) throw new Error('no reminder');
    const outcome = await createReminderDraft(mailbox, { reminder: proposal.reminder, entry: proposal.entry, message: replyMessage, today: '2026-03-23' });
    expect(outcome.logged).toBe(false);
    expect(mailbox.drafts).toHaveLength(1);
    expect(JSON.parse(mailbox.stored)).toEqual(emptyLedger());
  });
});
