/** With Graph, a client's reminder is saved straight in Drafts: in the client's last thread when known, else as a new message. */
import { describe, expect, it } from 'vitest';
import { exchangeIdLength } from '../../../examples/mailbox/exchange-id';
import { createFakeOffice } from '../../../playground/fake-office/create-fake-office';
import { createPlaygroundFetch } from '../../../playground/fake-office/graph-fetch';
import { defaultSwitches } from '../../../playground/fake-office/switches';
import { MailboxStore } from '../../../playground/mailbox/mailbox-store';
import type { DraftRequest } from '../../../src/core';
import { createDriveClient } from '../../../src/outlook/adapter/graph-drive-client';
import { OutlookMailbox } from '../../../src/outlook/adapter/outlook-mailbox';
import { memoryStorage } from '../fakes/fake-office';

const today = '2026-03-09';

function setup() {
  const store = new MailboxStore(memoryStorage(), today);
  const waits: number[] = [];
  const fetch = createPlaygroundFetch({ fetch: globalThis.fetch, store, switches: { ...defaultSwitches, graph: 'available', latencyMs: 0 }, setTimeout: (handler, ms) => setTimeout(handler, ms) });
  const drive = createDriveClient({ getToken: async () => 'token', fetch, sleep: async (seconds) => void waits.push(seconds) });
  // A pane with no message open: Today drafts for clients, not for a message.
  const host = createFakeOffice({ store, host: { mailboxVersion: '1.13', nestedAppAuth: true, displayLanguage: 'fr-FR', latencyMs: 0, permission: 'ReadWriteItem' }, setTimeout: (handler, ms) => setTimeout(handler, ms) });
  const mailbox = new OutlookMailbox({ host, today: () => today, drive });
  return { store, mailbox, waits, host };
}

const request: DraftRequest = { to: [{ email: 'c.durand@boulangeries-durand.fr', name: 'Claire Durand' }], subject: 'Factures F-1 et F-2', html: '<p>F-1, F-2 : 5 000,00 €</p>', text: 'F-1, F-2' };

describe('drafts made through Graph for a client', () => {
  it('saves a new message in Drafts, waiting out the throttling Graph answers with', async () => {
    const { store, mailbox, waits, host } = setup();
    const draftsBefore = store.folder('drafts').length;
    const outcome = await mailbox.createDraft(request);
    expect(outcome).toMatchObject({ mode: 'new-message', saved: true });
    expect(outcome.draftId?.length).toBeGreaterThanOrEqual(exchangeIdLength);
    expect(waits).toEqual([1]);
    const drafts = store.folder('drafts');
    expect(drafts).toHaveLength(draftsBefore + 1);
    const draft = drafts.find((message) => message.subject === request.subject);
    expect(draft && store.isSaved(draft.id)).toBe(true);
    expect(draft?.to.map((address) => address.email)).toEqual(['c.durand@boulangeries-durand.fr']);
    // Saved by Graph, not opened as a form the user could lose.
    expect(host.forms).toEqual([]);
  });

  it('replies to all in the client’s last thread when its conversation is known', async () => {
    const { store, mailbox } = setup();
    const [original] = store.folder('sent');
    if (!original) throw new Error('empty sample mailbox');
    const outcome = await mailbox.createDraft({ ...request, inThread: original.conversationId });
    expect(outcome).toMatchObject({ mode: 'reply-all', saved: true });
    const draft = store.folder('drafts').find((message) => message.html?.startsWith(request.html));
    expect(draft).toMatchObject({ conversationId: original.conversationId });
  });

  it('writes a new message when the thread is no longer in the mailbox', async () => {
    const { store, mailbox } = setup();
    const outcome = await mailbox.createDraft({ ...request, inThread: 'AAQkADc3ZjConv/gone+Q=' });
    expect(outcome).toMatchObject({ mode: 'new-message', saved: true });
    expect(store.folder('drafts').some((message) => message.subject === request.subject)).toBe(true);
  });
});

describe('drafts for a client without Graph', () => {
  it('opens the new-message form, which is not saved until the user saves it', async () => {
    const store = new MailboxStore(memoryStorage(), today);
    const host = createFakeOffice({ store, host: { mailboxVersion: '1.13', nestedAppAuth: false, displayLanguage: 'fr-FR', latencyMs: 0, permission: 'ReadWriteItem' }, setTimeout: (handler, ms) => setTimeout(handler, ms) });
    const mailbox = new OutlookMailbox({ host, today: () => today });
    const outcome = await mailbox.createDraft({ ...request, inThread: 'AAQkADc3ZjConv/0001+Q=' });
    expect(outcome).toEqual({ mode: 'new-message' });
    expect(host.forms).toMatchObject([{ kind: 'new-message', form: { toRecipients: ['c.durand@boulangeries-durand.fr'], subject: request.subject } }]);
    // HOST-FACTS: displayNewMessageForm only opens a form; nothing is in Drafts until it is saved.
    expect(store.folder('drafts').some((message) => message.subject === request.subject)).toBe(false);
  });
});

describe('the playground’s Graph, as unkind as Graph', () => {
  it('refuses an $orderby on a property the $filter does not name, and comment with a body', async () => {
    const store = new MailboxStore(memoryStorage(), today);
    const fetch = createPlaygroundFetch({ fetch: globalThis.fetch, store, switches: { ...defaultSwitches, graph: 'available', latencyMs: 0 }, setTimeout: (handler, ms) => setTimeout(handler, ms) });
    const headers = { Authorization: 'Bearer token' };
    const listed = await fetch(`https://graph.microsoft.com/v1.0/me/messages?$filter=${encodeURIComponent("conversationId eq 'x'")}&$orderby=receivedDateTime desc`, { headers });
    expect(listed.status).toBe(400);
    expect(await listed.json()).toMatchObject({ error: { code: 'InefficientFilter' } });
    const [original] = store.folder('sent');
    const reply = (body: unknown) => fetch(`https://graph.microsoft.com/v1.0/me/messages/${encodeURIComponent(original?.id.replace(/\//g, '-').replace(/\+/g, '_') ?? '')}/createReplyAll`, { method: 'POST', headers, body: JSON.stringify(body) });
    expect((await reply({})).status).toBe(429);
    expect((await reply({ comment: 'Bonjour', message: { body: { contentType: 'HTML', content: '<p>Bonjour</p>' } } })).status).toBe(400);
    expect((await reply({ comment: 'Bonjour' })).status).toBe(201);
  });
});
