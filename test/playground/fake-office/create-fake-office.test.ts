/** The fake Outlook host keeps the unkind facts of the real one (../../shared/HOST-FACTS.md). */
import { describe, expect, it } from 'vitest';
import { exchangeIdLength } from '../../../examples/mailbox/exchange-id';
import { sampleMailbox } from '../../../examples/mailbox/sample-mailbox';
import { createFakeOffice, type FakeHostSettings, type FakeOffice } from '../../../playground/fake-office/create-fake-office';
import { MailboxStore } from '../../../playground/mailbox/mailbox-store';
import { type ComposeItem, isReadItem, type ReadItem } from '../../../src/outlook/office/office-host';
import { FakeOffice as FakeOfficeHandle, memoryStorage } from '../../outlook/fakes/fake-office';

const today = '2026-03-09';
const host: FakeHostSettings = { mailboxVersion: '1.13', nestedAppAuth: true, displayLanguage: 'fr-FR', latencyMs: 0, permission: 'ReadWriteItem' };

function pane(store: MailboxStore, itemId?: string, settings: Partial<FakeHostSettings> = {}): FakeOffice {
  return createFakeOffice({ store, host: { ...host, ...settings }, ...(itemId ? { itemId } : {}), setTimeout: (handler, ms) => setTimeout(handler, ms) });
}

/** An Office.js call as a promise of its AsyncResult. */
function result<T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<Office.AsyncResult<T>> {
  return new Promise((resolve) => start(resolve));
}

const readItem = (office: FakeOffice): ReadItem => {
  const item = office.context.mailbox.item;
  if (!item || !isReadItem(item)) throw new Error('expected a message open for reading');
  return item;
};
const composeItem = (office: FakeOffice): ComposeItem => {
  const item = office.context.mailbox.item;
  if (!item || isReadItem(item)) throw new Error('expected a message being written');
  return item;
};

describe('the fake Outlook host', () => {
  it('gives items Exchange-like ids of about 150 characters, which change when the item moves', () => {
    const store = new MailboxStore(memoryStorage(), today);
    const [first] = store.folder('inbox');
    if (!first) throw new Error('empty sample inbox');
    expect(first.id).toHaveLength(exchangeIdLength);
    expect(sampleMailbox(today).messages.every((message) => message.id.length === exchangeIdLength)).toBe(true);
    store.saveCustomProperties(first.id, { relancePromise: '{}' });
    const moved = store.move(first.id, 'sent');
    expect(moved).not.toBe(first.id);
    expect(moved).toHaveLength(exchangeIdLength);
    expect(store.message(first.id)).toBeUndefined();
    expect(store.require(moved)).toMatchObject({ subject: first.subject, folder: 'sent' });
    expect(store.customProperties(moved)).toEqual({ relancePromise: '{}' });
  });

  it('loads roaming settings once per pane and saves the whole set: the last pane to save wins', async () => {
    const store = new MailboxStore(memoryStorage(), today);
    const pinned = pane(store);
    const compose = pane(store);
    pinned.context.roamingSettings.set('log', 'from the pinned pane');
    await result<void>((callback) => pinned.context.roamingSettings.saveAsync(callback));
    expect(compose.context.roamingSettings.get('log')).toBeUndefined();
    compose.context.roamingSettings.set('other', 'from the compose pane');
    await result<void>((callback) => compose.context.roamingSettings.saveAsync(callback));
    expect(store.roamingSettings()).toEqual({ other: 'from the compose pane' });
  });

  it('refuses roaming settings over 32 KB with error 9057, thrown by set', () => {
    const office = pane(new MailboxStore(memoryStorage(), today));
    expect(() => office.context.roamingSettings.set('log', 'x'.repeat(32 * 1024))).toThrow(expect.objectContaining({ code: 9057 }));
  });

  it('fails a fourth call while three are in flight', async () => {
    const handle = new FakeOfficeHandle();
    const item = readItem(handle.office);
    const results = await Promise.all(Array.from({ length: 4 }, () => result<string>((callback) => item.body.getAsync(handle.host.CoercionType.Text, callback))));
    expect(results.map((one) => String(one.status))).toEqual(['succeeded', 'succeeded', 'succeeded', 'failed']);
    expect(results[3]?.error.code).toBe(5001);
  });

  it('opens a reply form without saving it: it is in Drafts only once saved, and has no id before', async () => {
    const store = new MailboxStore(memoryStorage(), today);
    const invoice = sampleMailbox(today).threads[0]?.invoiceMessageId ?? '';
    const drafts = store.folder('drafts').length;
    readItem(pane(store, invoice)).displayReplyAllForm({ htmlBody: '<p>Bonjour</p>' });
    expect(store.folder('drafts')).toHaveLength(drafts);
    const formId = store.view.selectedId ?? '';
    const form = composeItem(pane(store, formId));
    const unsaved = await result<string>((callback) => form.getItemIdAsync!(callback));
    expect(unsaved.error).toMatchObject({ name: 'ItemNotSaved' });
    await result<string>((callback) => form.saveAsync(callback));
    expect(store.folder('drafts')).toHaveLength(drafts + 1);
    expect((await result<string>((callback) => form.getItemIdAsync!(callback))).value).toBe(formId);
  });

  it('refuses to add to the master categories without ReadWriteMailbox', async () => {
    const item = new FakeOfficeHandle({ masterCategories: [] });
    const master = item.host.context.mailbox.masterCategories!;
    const denied = await result<void>((callback) => master.addAsync([{ displayName: 'Relance', color: item.host.MailboxEnums.CategoryColor.Preset4 }], callback));
    expect(denied.error).toMatchObject({ code: 9016 });
    expect(item.state.masterCategories).toEqual([]);
    const mailbox = new FakeOfficeHandle({ masterCategories: [], canEditMasterCategories: true });
    await result<void>((callback) => mailbox.host.context.mailbox.masterCategories!.addAsync([{ displayName: 'Relance', color: mailbox.host.MailboxEnums.CategoryColor.Preset4 }], callback));
    expect(mailbox.state.masterCategories).toEqual(['Relance']);
  });

  it('keeps each draft in its own body type and refuses HTML into a plain-text one', async () => {
    const office = new FakeOfficeHandle({ mode: 'compose', draft: { bodyType: 'text', body: 'Bonjour' } });
    const item = composeItem(office.office);
    expect((await result<Office.CoercionType>((callback) => item.body.getTypeAsync(callback))).value).toBe('text');
    const html = await result<void>((callback) => item.body.setSelectedDataAsync('<p>Relance</p>', { coercionType: office.host.CoercionType.Html }, callback));
    expect(html.error).toMatchObject({ name: 'InvalidFormatError' });
    expect(office.state.draft.body).toBe('Bonjour');
  });

  it('drops inline CSS from inserted HTML, which Outlook does not support there', async () => {
    const office = new FakeOfficeHandle({ mode: 'compose', draft: { body: '' } });
    const item = composeItem(office.office);
    await result<void>((callback) => item.body.setSelectedDataAsync('<p style="margin:0 0 1em">Bonjour</p>', { coercionType: office.host.CoercionType.Html }, callback));
    expect(office.state.draft.body).toBe('<p>Bonjour</p>');
  });
});
