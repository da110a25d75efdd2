import { describe, expect, it } from 'vitest';
import { confirmReply, createReminderDraft, emptyLedger, type Ledger, MailboxError, type RenderedReminder, runAsync } from '../../../src/core';
import { absentVersion } from '../../../src/core/mailbox/mailbox';
import type { GraphClient } from '../../../src/outlook/adapter/graph-client';
import { OutlookMailbox } from '../../../src/outlook/adapter/outlook-mailbox';
import { ledgerSettingName } from '../../../src/outlook/adapter/roaming-ledger-store';
import { FakeOffice, type FakeOfficeOptions, messageId, officeErrors } from '../fakes/fake-office';
import { sampleEntry, sampleReply } from '../fakes/sample-entry';

const today = '2026-03-23';

function setup(options: FakeOfficeOptions = {}, extra: { graph?: GraphClient } = {}) {
  const office = new FakeOffice(options);
  const mailbox = new OutlookMailbox({ host: office.host, today: () => today, timeZone: 'Europe/Paris', ...extra });
  return { office, mailbox };
}

const draft = { to: [{ email: 'c.durand@boulangeries-durand.fr', name: 'Claire Durand' }], subject: 'Facture F-2026-0142 : relance', html: '<p>Bonjour Madame Durand,</p>', text: 'Bonjour Madame Durand,' };

describe('OutlookMailbox: reading', () => {
  it('reads the open message as the core expects it', async () => {
    const { mailbox } = setup({ message: { body: 'Facture F-2026-0142 de 4 860,00 €', dateTimeCreated: new Date(2026, 2, 16, 23, 45) } });
    const message = await mailbox.readMessage();
    expect(message).toMatchObject({
      id: messageId,
      threadId: 'AAQkAGI2conv=',
      subject: 'Facture F-2026-0142',
      body: 'Facture F-2026-0142 de 4 860,00 €',
      from: { email: 'claire.durand@boulangeries-durand.fr', name: 'Claire Durand' },
      to: [{ email: 'paul.martin@atelier-martin.fr', name: 'Paul Martin' }],
      receivedOn: '2026-03-16',
      attachmentNames: ['F-2026-0142.pdf'],
    });
  });

  it('reads the internet headers from Mailbox 1.8, so an automatic reply is known by them', async () => {
    const internetHeaders = 'Received: from mx.example.com\r\n\tby mail.example.com\r\nAuto-Submitted: auto-replied\r\nSubject: Absence\r\n';
    const { mailbox } = setup({ message: { internetHeaders } });
    expect((await mailbox.readMessage()).headers).toMatchObject({ 'auto-submitted': 'auto-replied', received: 'from mx.example.com by mail.example.com' });
  });

  it('reads no headers where Mailbox 1.8 is missing, and still reads the message', async () => {
    const { mailbox } = setup({ mailboxVersion: '1.5', message: { internetHeaders: 'Auto-Submitted: auto-replied\r\n' } });
    const message = await mailbox.readMessage();
    expect(message.headers).toBeUndefined();
    expect(message.body).not.toBe('');
  });

  it('reads a draft being written, with no id until it is saved', async () => {
    const { mailbox } = setup({ mode: 'compose', draft: { subject: 'RE: Facture F-2026-0142', body: '<p>Quoted thread</p>' } });
    const message = await mailbox.readMessage();
    expect(message.id).toBe('');
    expect(message.subject).toBe('RE: Facture F-2026-0142');
    expect(message.receivedOn).toBe(today);
    expect(mailbox.isCompose).toBe(true);
  });

  it('says the message is gone when no item is selected', async () => {
    const { mailbox } = setup({ mode: 'none' });
    await expect(mailbox.readMessage()).rejects.toMatchObject({ code: 'item-not-found' });
  });

  it('reports a network loss while reading as "offline"', async () => {
    const { office, mailbox } = setup();
    office.fail('body.getAsync', officeErrors.network);
    await expect(mailbox.readMessage()).rejects.toMatchObject({ code: 'offline' });
  });
});

describe('OutlookMailbox: drafts', () => {
  it('opens the reminder as a reply-all in the thread with the async API from Mailbox 1.9', async () => {
    const { office, mailbox } = setup();
    const result = await mailbox.createDraft({ ...draft, replyTo: messageId });
    expect(result.mode).toBe('reply-all');
    expect(office.state.replyAllForms).toEqual([{ htmlBody: draft.html }]);
    expect(office.state.calls).toContain('displayReplyAllFormAsync');
  });

  it('falls back to the Mailbox 1.1 reply form where 1.9 is missing', async () => {
    const { office, mailbox } = setup({ mailboxVersion: '1.8' });
    const result = await mailbox.createDraft({ ...draft, replyTo: messageId });
    expect(result.mode).toBe('reply-all');
    expect(office.state.calls).toContain('displayReplyAllForm');
    expect(office.state.replyAllForms).toHaveLength(1);
  });

  it('opens a new message to the contact when there is no thread to reply in', async () => {
    const { office, mailbox } = setup();
    const result = await mailbox.createDraft(draft);
    expect(result.mode).toBe('new-message');
    expect(office.state.newMessageForms[0]).toMatchObject({ toRecipients: ['c.durand@boulangeries-durand.fr'], subject: draft.subject, htmlBody: draft.html });
  });

  it('inserts at the cursor of the open draft, keeps the quoted thread, and saves', async () => {
    const quoted = '<div>-----Original Message-----<br>Facture F-2026-0142</div>';
    const { office, mailbox } = setup({ mode: 'compose', draft: { subject: '', body: `<p></p>${quoted}`, cursor: 3 } });
    const result = await mailbox.createDraft(draft);
    expect(result).toEqual({ mode: 'inserted', draftId: office.draftId });
    expect(office.state.draft.body).toBe(`<p>${draft.html}</p>${quoted}`);
    expect(office.state.draft.subject).toBe(draft.subject);
    expect(office.state.draft.saved).toBe(true);
  });

  it('keeps the subject of a reply, so the thread stays one thread', async () => {
    const { office, mailbox } = setup({ mode: 'compose', draft: { subject: 'RE: Facture F-2026-0142' } });
    await mailbox.createDraft(draft);
    expect(office.state.draft.subject).toBe('RE: Facture F-2026-0142');
  });

  it('inserts plain text into a plain-text draft', async () => {
    const { office, mailbox } = setup({ mode: 'compose', draft: { bodyType: 'text', body: '' } });
    await mailbox.createDraft(draft);
    expect(office.state.draft.body).toBe(draft.text);
  });

  it('reports an inserted but unsaved draft without a draft id when saving fails', async () => {
    const { office, mailbox } = setup({ mode: 'compose' });
    office.fail('saveAsync', officeErrors.save);
    expect(await mailbox.createDraft(draft)).toEqual({ mode: 'inserted' });
    expect(office.state.draft.body).toContain('Bonjour Madame Durand');
  });

  it('rejects with a typed error when the reply form cannot open', async () => {
    const { office, mailbox } = setup();
    office.fail('displayReplyAllFormAsync', officeErrors.generic);
    await expect(mailbox.createDraft({ ...draft, replyTo: messageId })).rejects.toBeInstanceOf(MailboxError);
  });
});

describe('OutlookMailbox: follow-up flag', () => {
  const graphSpy = (failure?: MailboxError) => {
    const calls: { path: string; body: unknown }[] = [];
    const graph: GraphClient = {
      async patch(path, body) {
        calls.push({ path, body });
        if (failure) throw failure;
      },
    };
    return { graph, calls };
  };

  it('flags the message through Graph with its start and due dates', async () => {
    const { graph, calls } = graphSpy();
    const { mailbox } = setup({}, { graph });
    expect(await mailbox.flagForFollowUp('AAMk/AGI2+TG93AAA=', '2026-03-31')).toEqual({ mode: 'flag' });
    expect(calls[0]?.path).toBe('/me/messages/AAMk-AGI2_TG93AAA%3D');
    expect(calls[0]?.body).toEqual({
      flag: {
        flagStatus: 'flagged',
        startDateTime: { dateTime: '2026-03-23T09:00:00', timeZone: 'Europe/Paris' },
        dueDateTime: { dateTime: '2026-03-31T09:00:00', timeZone: 'Europe/Paris' },
      },
    });
  });

  it('falls back to the Relance category and names the missing consent when Graph refuses', async () => {
    const { graph } = graphSpy(new MailboxError('consent-required'));
    const { office, mailbox } = setup({ masterCategories: ['Relance'] }, { graph });
    expect(await mailbox.flagForFollowUp(messageId, '2026-03-31')).toEqual({ mode: 'category', hint: 'consent-required' });
    expect(office.state.categories).toEqual(['Relance']);
  });

  it('lets a throttled Graph call reach the user instead of hiding it', async () => {
    const { graph } = graphSpy(new MailboxError('throttled', 'graph 429', 120));
    const { mailbox } = setup({}, { graph });
    await expect(mailbox.flagForFollowUp(messageId, '2026-03-31')).rejects.toMatchObject({ code: 'throttled', retryAfterSeconds: 120 });
  });

  it('applies the category when it exists and Graph is not configured, and says so', async () => {
    const { office, mailbox } = setup({ masterCategories: ['Relance'] });
    expect(await mailbox.flagForFollowUp(messageId, '2026-03-31')).toEqual({ mode: 'category', hint: 'graph-not-configured' });
    expect(office.state.categories).toEqual(['Relance']);
  });

  it('keeps the date in the log only when the category does not exist and cannot be created', async () => {
    const { office, mailbox } = setup({ masterCategories: [] });
    expect(await mailbox.flagForFollowUp(messageId, '2026-03-31')).toEqual({ mode: 'log-only', hint: 'graph-not-configured' });
    expect(office.state.categories).toEqual([]);
  });

  it('creates the Relance category where the mailbox allows it', async () => {
    const { office, mailbox } = setup({ masterCategories: [], canEditMasterCategories: true });
    expect((await mailbox.flagForFollowUp(messageId, '2026-03-31')).mode).toBe('category');
    expect(office.state.masterCategories).toEqual(['Relance']);
  });

  it('uses the log only on hosts older than Mailbox 1.8, which have no categories', async () => {
    const { mailbox } = setup({ mailboxVersion: '1.7', masterCategories: ['Relance'] });
    expect((await mailbox.flagForFollowUp(messageId, '2026-03-31')).mode).toBe('log-only');
  });
});

describe('OutlookMailbox: follow-up records', () => {
  const other = { ...sampleEntry, invoice: { ...sampleEntry.invoice, number: 'F-2026-0150' } };

  it('writes a record to roaming settings and reads it back with its version', async () => {
    const { office, mailbox } = setup();
    const read = await mailbox.readRecord('F-2026-0142');
    expect(read).toEqual({ version: absentVersion });
    const written = await mailbox.writeRecord(sampleEntry, read.version);
    expect(written.storage.usedBytes).toBeGreaterThan(0);
    expect(written.storage.limitBytes).toBe(mailbox.ledgerLimitBytes);
    expect(office.state.savedRoaming[ledgerSettingName]).toEqual({ version: 1, entries: [sampleEntry] });
    expect(await mailbox.readRecord('f-2026-0142')).toEqual({ entry: sampleEntry, version: written.version });
    expect(await mailbox.listRecords()).toEqual({ version: 1, entries: [sampleEntry] });
  });

  it('refuses a write made from a stale read, and leaves the stored record as it was', async () => {
    const { office, mailbox } = setup({ roaming: { [ledgerSettingName]: { version: 1, entries: [sampleEntry] } } });
    const stale = await mailbox.readRecord('F-2026-0142');
    await mailbox.writeRecord({ ...sampleEntry, followUpOn: '2026-03-30' }, stale.version);
    await expect(mailbox.writeRecord({ ...sampleEntry, followUpOn: '2026-04-01' }, stale.version)).rejects.toMatchObject({ code: 'conflict' });
    expect((office.state.savedRoaming[ledgerSettingName] as Ledger).entries[0]?.followUpOn).toBe('2026-03-30');
  });

  it('refuses a record that would take the log over the limit and leaves the stored one as it was', async () => {
    const many = Array.from({ length: 20 }, (_, index) => ({ ...sampleEntry, invoice: { ...sampleEntry.invoice, number: `F-${index}` } }));
    const { office, mailbox } = setup({ roaming: { [ledgerSettingName]: { version: 1, entries: many } } });
    const huge = { ...other, invoice: { ...other.invoice, description: 'x'.repeat(31 * 1024) } };
    await expect(mailbox.writeRecord(huge, absentVersion)).rejects.toMatchObject({ code: 'storage-full' });
    expect((office.state.savedRoaming[ledgerSettingName] as Ledger).entries).toHaveLength(20);
  });

  it('maps the 9057 error Office throws past 32 KB to "storage full"', async () => {
    const { mailbox } = setup({ roaming: { other: 'x'.repeat(31 * 1024) } });
    const second = { ...sampleEntry, invoice: { ...sampleEntry.invoice, number: 'F-2' } };
    await mailbox.writeRecord(sampleEntry, absentVersion);
    await expect(mailbox.writeRecord(second, absentVersion)).rejects.toMatchObject({ code: 'storage-full' });
  });

  it('rolls the in-memory settings back when the save fails, so nothing is half-written', async () => {
    const { office, mailbox } = setup();
    office.fail('roamingSettings.saveAsync', officeErrors.network);
    await expect(mailbox.writeRecord(sampleEntry, absentVersion)).rejects.toMatchObject({ code: 'offline' });
    expect(await mailbox.listRecords()).toEqual(emptyLedger());
  });

  it('removes a record only at the version it was read', async () => {
    const { mailbox } = setup({ roaming: { [ledgerSettingName]: { version: 1, entries: [sampleEntry, other] } } });
    const read = await mailbox.readRecord('F-2026-0142');
    await expect(mailbox.removeRecord('F-2026-0142', absentVersion)).rejects.toMatchObject({ code: 'conflict' });
    await mailbox.removeRecord('F-2026-0142', read.version);
    expect(await mailbox.listRecords()).toEqual({ version: 1, entries: [other] });
  });

  it('logs a promise confirmed twice as one entry with one record', async () => {
    const { mailbox } = setup({ mode: 'read', message: { itemId: sampleReply.id } });
    const reading = { intent: 'promise' as const, date: '2026-03-31', invoiceNumbers: ['F-2026-0142'], evidence: 'le virement sera fait le 31 mars', language: 'fr' as const, confidence: 0.9 };
    await runAsync(confirmReply({ message: sampleReply, reading, entry: sampleEntry, today }), mailbox);
    await runAsync(confirmReply({ message: sampleReply, reading, entry: sampleEntry, today }), mailbox);
    const ledger = await mailbox.listRecords();
    expect(ledger.entries).toHaveLength(1);
    expect(ledger.entries[0]?.promises).toHaveLength(1);
  });

  it('marks the reply itself with the promise and finds the mark again', async () => {
    const { office, mailbox } = setup();
    const record = { id: messageId, invoiceNumbers: ['F-2026-0142'], date: '2026-03-31', loggedOn: today, evidence: 'le 31 mars' };
    expect(await mailbox.readReplyMark()).toBeUndefined();
    await mailbox.markReply(record.id, record);
    expect(office.state.savedCustomProperties.relancePromise).toBeDefined();
    expect(await mailbox.readReplyMark()).toEqual(record);
  });

  it('refuses to mark a reply that is no longer the open item', async () => {
    const { office, mailbox } = setup();
    const record = { id: 'AAMkOther=', invoiceNumbers: ['F-2026-0142'], date: '2026-03-31', loggedOn: today, evidence: 'le 31 mars' };
    await expect(mailbox.markReply(record.id, record)).rejects.toMatchObject({ code: 'item-not-found' });
    expect(office.state.savedCustomProperties.relancePromise).toBeUndefined();
  });

  it('opens no reply form when the step cannot be logged, and stores nothing', async () => {
    const { office, mailbox } = setup();
    office.fail('roamingSettings.saveAsync', officeErrors.network);
    const reminder: RenderedReminder = { step: 'overdue-1', language: 'fr', channel: 'email', subject: draft.subject, text: draft.text, html: draft.html };
    const message = await mailbox.readMessage();
    await expect(runAsync(createReminderDraft({ reminder, entry: sampleEntry, message, today }), mailbox)).rejects.toMatchObject({ code: 'offline' });
    expect(office.state.replyAllForms).toEqual([]);
    expect(office.state.savedRoaming[ledgerSettingName]).toBeUndefined();
  });
});
