import { describe, expect, it } from 'vitest';
import { confirmReply, createReminderDraft, type FollowUpRecord, followUpKey, MailboxError, type RenderedReminder, runAsync } from '../../../src/core';
import { toDayNumber } from '../../../src/core/dates/day-number';
import { absentVersion } from '../../../src/core/mailbox/mailbox';
import type { GraphClient } from '../../../src/outlook/adapter/graph-client';
import { OutlookMailbox } from '../../../src/outlook/adapter/outlook-mailbox';
import { followUpSettingName, legacySettingName } from '../../../src/outlook/adapter/roaming-follow-up-store';
import { FakeOffice, type FakeOfficeOptions, messageId, officeErrors } from '../fakes/fake-office';
import { sampleEntry, sampleReply } from '../fakes/sample-entry';
import { createOutlookMailbox } from '../../../src/outlook/adapter/create-outlook-mailbox';
import { renderReminder } from '../../../src/core';
import { sampleRenderInput } from '../../../examples/sample-render-input';
import { fakeGraph, type FakeGraphSetup } from '../fakes/fake-graph';
import { fakeMsal } from '../fakes/fake-msal';

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
        startDateTime: { dateTime: '2026-03-23T09:00:00', timeZone: 'Romance Standard Time' },
        dueDateTime: { dateTime: '2026-03-31T09:00:00', timeZone: 'Romance Standard Time' },
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
  const key = followUpKey(sampleEntry.client, sampleEntry.invoice);
  const record: FollowUpRecord = { invoice: sampleEntry.invoice, client: sampleEntry.client, events: [{ kind: 'drafted', on: today, step: 'overdue-1' }] };
  const other: FollowUpRecord = { ...record, invoice: { ...record.invoice, number: 'F-2026-0150' } };
  const otherKey = followUpKey(other.client, other.invoice);
  const saved = (office: FakeOffice) => JSON.stringify(office.state.savedRoaming[followUpSettingName] ?? null);

  it('without Graph, writes a record to roaming settings, compact, and reads it back with its version', async () => {
    const { office, mailbox } = setup();
    const read = await mailbox.readRecord(key);
    expect(read).toEqual({ version: absentVersion });
    const written = await mailbox.writeRecord(key, record, read.version);
    expect(written.storage.usedBytes).toBeGreaterThan(0);
    expect(saved(office)).toContain('F-2026-0142');
    expect(await mailbox.readRecord(key)).toEqual({ record, version: written.version });
    expect((await mailbox.ledger()).entries.map((entry) => entry.key)).toEqual([key]);
    expect(mailbox.capacity()?.level).toBe('ok');
  });

  it('refuses a write made from a stale read, and leaves the stored record as it was', async () => {
    const { office, mailbox } = setup();
    const first = await mailbox.writeRecord(key, record, absentVersion);
    await mailbox.writeRecord(key, { ...record, followUpOn: '2026-03-30' }, first.version);
    await expect(mailbox.writeRecord(key, { ...record, followUpOn: '2026-04-01' }, first.version)).rejects.toMatchObject({ code: 'conflict' });
    expect((await mailbox.readRecord(key)).record?.followUpOn).toBe('2026-03-30');
    expect(saved(office)).toContain(String(toDayNumber('2026-03-30')));
  });

  it('maps the 9057 error Office throws past 32 KB to "storage full", and keeps what was stored', async () => {
    const { office, mailbox } = setup({ roaming: { other: 'x'.repeat(32 * 1024 - 120) } });
    await expect(mailbox.writeRecord(key, record, absentVersion)).rejects.toMatchObject({ code: 'storage-full' });
    expect(office.state.savedRoaming[followUpSettingName]).toBeUndefined();
  });

  it('rolls the in-memory settings back when the save fails, so nothing is half-written', async () => {
    const { office, mailbox } = setup();
    office.fail('roamingSettings.saveAsync', officeErrors.network);
    await expect(mailbox.writeRecord(key, record, absentVersion)).rejects.toMatchObject({ code: 'offline' });
    expect((await mailbox.listRecords()).records).toEqual([]);
  });

  it('removes a record only at the version it was read', async () => {
    const { mailbox } = setup();
    const written = await mailbox.writeRecord(key, record, absentVersion);
    await mailbox.writeRecord(otherKey, other, absentVersion);
    await expect(mailbox.removeRecord(key, absentVersion)).rejects.toMatchObject({ code: 'conflict' });
    await mailbox.removeRecord(key, written.version);
    expect((await mailbox.listRecords()).records.map((listed) => listed.key)).toEqual([otherKey]);
  });

  it('migrates the v1 log of roaming settings into records', async () => {
    const { mailbox } = setup({ roaming: { [legacySettingName]: { version: 1, entries: [sampleEntry] } } });
    expect((await mailbox.ledger()).entries.map((entry) => entry.invoice)).toEqual([sampleEntry.invoice]);
  });

  it('logs a promise confirmed twice as one record with one promise', async () => {
    const { mailbox } = setup({ mode: 'read', message: { itemId: sampleReply.id } });
    const reading = { intent: 'promise' as const, date: '2026-03-31', invoiceNumbers: ['F-2026-0142'], evidence: 'le virement sera fait le 31 mars', language: 'fr' as const, confidence: 0.9 };
    await runAsync(confirmReply({ message: sampleReply, reading, entry: sampleEntry, today }), mailbox);
    await runAsync(confirmReply({ message: sampleReply, reading, entry: sampleEntry, today }), mailbox);
    const ledger = await mailbox.ledger();
    expect(ledger.entries).toHaveLength(1);
    expect(ledger.entries[0]?.promises).toHaveLength(1);
  });

  it('without Graph, sees no sent items: the pane asks the user instead', async () => {
    const { mailbox } = setup();
    expect(mailbox.seesSentItems).toBe(false);
    expect(await mailbox.sentInThread('AAQkAGI2conv=', today)).toEqual([]);
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
    expect(office.state.savedRoaming[followUpSettingName]).toBeUndefined();
  });
});

/** The mailbox as the pane builds it: Graph through NAA, against the fake Graph and the fake MSAL. */
function withGraph(options: FakeOfficeOptions, graphSetup: Omit<FakeGraphSetup, 'me'>) {
  const office = new FakeOffice({ nestedAppAuth: true, masterCategories: ['Relance'], ...options });
  const graph = fakeGraph({ me: 'paul.martin@atelier-martin.fr', ...graphSetup });
  const { load } = fakeMsal();
  const mailbox = createOutlookMailbox({
    host: office.host,
    today: () => today,
    fetch: graph.fetch,
    sleep: async () => undefined,
    graphClientId: 'client-123',
    loadMsal: load,
    timeZone: 'Europe/Paris',
  });
  return { office, graph, mailbox };
}

describe('OutlookMailbox: flag time zones', () => {
  it("sends Outlook's Windows time zone, which Graph takes", async () => {
    const { graph, mailbox } = withGraph({}, { own: ['AAMkOwn'] });
    expect(await mailbox.flagForFollowUp('AAMkOwn', '2026-03-31')).toEqual({ mode: 'flag' });
    expect(graph.flags.get('paul.martin@atelier-martin.fr/AAMkOwn')?.dueDateTime).toEqual({ dateTime: '2026-03-31T09:00:00', timeZone: 'Romance Standard Time' });
  });

  it("would be refused with the browser's IANA name, which is why the profile's name comes first", async () => {
    const { mailbox } = withGraph({ user: { emailAddress: 'paul.martin@atelier-martin.fr', displayName: 'Paul Martin' } }, { own: ['AAMkOwn'] });
    await expect(mailbox.flagForFollowUp('AAMkOwn', '2026-03-31')).rejects.toMatchObject({ code: 'host-error' });
  });
});

describe('OutlookMailbox: shared mailboxes and delegates', () => {
  it("flags an item of a shared mailbox in its owner's mailbox", async () => {
    const { graph, mailbox } = withGraph({ sharedOwner: 'compta@atelier-martin.fr' }, { own: [], shared: { 'compta@atelier-martin.fr': ['AAMkShared'] } });
    expect(await mailbox.flagForFollowUp('AAMkShared', '2026-03-31')).toEqual({ mode: 'flag' });
    expect(graph.requests.map((request) => request.path)).toEqual(['/users/compta@atelier-martin.fr/messages/AAMkShared']);
  });

  it('says Graph cannot reach the shared mailbox, not that the message is gone, when the owner answers 404', async () => {
    const { office, mailbox } = withGraph({ sharedOwner: 'direction@atelier-martin.fr' }, { own: [], shared: {} });
    expect(await mailbox.flagForFollowUp('AAMkShared', '2026-03-31')).toEqual({ mode: 'category', hint: 'shared-mailbox' });
    expect(office.state.categories).toEqual(['Relance']);
  });

  it("keeps /me for the user's own items", async () => {
    const { graph, mailbox } = withGraph({}, { own: ['AAMkOwn'] });
    await mailbox.flagForFollowUp('AAMkOwn', '2026-03-31');
    expect(graph.requests.map((request) => request.path)).toEqual(['/me/messages/AAMkOwn']);
  });
});

describe('OutlookMailbox: Outlook mobile', () => {
  it('reads the message on Android, where the pane offers the plan, the preview and the log', async () => {
    const { mailbox } = setup({ platform: 'Android', message: { body: 'Facture F-2026-0142' } });
    expect(mailbox.isMobile).toBe(true);
    expect((await mailbox.readMessage()).body).toBe('Facture F-2026-0142');
  });

  it('never calls the reply form on iOS: the draft is refused as unsupported, in words', async () => {
    const { office, mailbox } = setup({ platform: 'iOS' });
    await expect(mailbox.createDraft({ ...draft, replyTo: 'AAMkAGI2TG93AAA=' })).rejects.toMatchObject({ code: 'unsupported' });
    expect(office.state.calls).not.toContain('displayReplyAllForm');
  });

  it('keeps the follow-up date in the log without convertToRestId or Graph', async () => {
    const { graph, mailbox } = withGraph({ platform: 'Android' }, { own: ['AAMkOwn'] });
    expect(await mailbox.flagForFollowUp('AAMkOwn', '2026-03-31')).toEqual({ mode: 'log-only', hint: 'mobile' });
    expect(graph.requests).toEqual([]);
  });
});

describe('OutlookMailbox: inserted HTML', () => {
  it('inserts a reminder whose HTML survives a host that drops inline CSS', async () => {
    const reminder = renderReminder(sampleRenderInput('overdue-1', 'fr'));
    const { office, mailbox } = setup({ mode: 'compose', draft: { bodyType: 'html', body: '' } });
    await mailbox.createDraft({ ...draft, html: reminder.html, text: reminder.text });
    expect(office.state.draft.body).toBe(reminder.html);
  });
});
