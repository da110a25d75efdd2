/** The fakes keep what the real Outlook and Graph do, each fact with its source. */
import { describe, expect, it } from 'vitest';
import { FakeOffice, officeErrors, withoutInlineCss } from './fake-office';
import { fakeGraph } from './fake-graph';
import { tokenFor } from './fake-msal';

const call = <T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void) =>
  new Promise<Office.AsyncResult<T>>((resolve) => start(resolve));

describe('the fake Office host', () => {
  // "Outlook JavaScript APIs supported in Outlook on mobile devices": Mailbox 1.5 at most on Android and iOS;
  // the typings of displayReplyAllForm, displayNewMessageForm and convertToRestId: "isn't supported in Outlook on Android or on iOS".
  it.each(['Android', 'iOS'] as const)('on %s, supports Mailbox 1.5 at most and refuses reply forms and rest ids', (platform) => {
    const { host } = new FakeOffice({ platform });
    expect(String(host.context.diagnostics?.platform)).toBe(platform);
    expect(host.context.requirements.isSetSupported('Mailbox', '1.5')).toBe(true);
    expect(host.context.requirements.isSetSupported('Mailbox', '1.6')).toBe(false);
    const item = host.context.mailbox.item as { displayReplyAllForm(data: Office.ReplyFormData): void; displayReplyAllFormAsync?: unknown };
    expect(() => item.displayReplyAllForm({ htmlBody: '<p>x</p>' })).toThrow();
    expect(item.displayReplyAllFormAsync).toBeUndefined();
    expect(() => host.context.mailbox.displayNewMessageForm({ subject: 'x' })).toThrow();
    expect(() => host.context.mailbox.convertToRestId('AAMk=', host.MailboxEnums.RestVersion.v2_0)).toThrow();
  });

  // Typings of getSharedPropertiesAsync (Mailbox 1.8): the owner of a shared or delegated item.
  it('gives the owner of an item in a shared mailbox', async () => {
    const { host } = new FakeOffice({ sharedOwner: 'compta@atelier-martin.fr' });
    const result = await call<{ owner: string }>((callback) => host.context.mailbox.item!.getSharedPropertiesAsync!(callback));
    expect(result.value.owner).toBe('compta@atelier-martin.fr');
    expect(new FakeOffice().host.context.mailbox.item!.getSharedPropertiesAsync).toBeUndefined();
  });

  // Typings of UserProfile.timeZone: "Gets the user's time zone in Windows format."
  it("gives the user's time zone as a Windows name", () => {
    expect(new FakeOffice().host.context.mailbox.userProfile.timeZone).toBe('Romance Standard Time');
  });

  // Typings of getItemIdAsync: "ItemNotSaved: The ID can't be retrieved until the item is saved."
  it('fails getItemIdAsync on a draft never saved with ItemNotSaved', async () => {
    const { host } = new FakeOffice({ mode: 'compose' });
    const item = host.context.mailbox.item as { getItemIdAsync(callback: (result: Office.AsyncResult<string>) => void): void };
    const result = await call<string>((callback) => item.getItemIdAsync(callback));
    expect(result.error).toMatchObject({ name: 'ItemNotSaved' });
    expect(officeErrors.itemNotSaved.name).toBe('ItemNotSaved');
  });

  // Typings of Body.getTypeAsync: the draft's own format, HTML or text.
  it('answers each draft its own body type', async () => {
    for (const bodyType of ['html', 'text'] as const) {
      const { host } = new FakeOffice({ mode: 'compose', draft: { bodyType } });
      const item = host.context.mailbox.item as { body: { getTypeAsync(callback: (result: Office.AsyncResult<Office.CoercionType>) => void): void } };
      expect(String((await call<Office.CoercionType>((callback) => item.body.getTypeAsync(callback))).value)).toBe(bodyType);
    }
  });

  // Typings of Body.setSelectedDataAsync: "doesn't support inline CSS".
  it('loses inline CSS from inserted HTML', async () => {
    const office = new FakeOffice({ mode: 'compose', draft: { bodyType: 'html', body: '' } });
    const item = office.host.context.mailbox.item as { body: { setSelectedDataAsync(data: string, options: Office.SetSelectedDataOptions, callback: (result: Office.AsyncResult<void>) => void): void } };
    await call<void>((callback) => item.body.setSelectedDataAsync('<p style="margin:0">Bonjour</p>', { coercionType: 'html' as Office.CoercionType }, callback));
    expect(office.state.draft.body).toBe('<p>Bonjour</p>');
    expect(withoutInlineCss(`<div style='color:red'><strong>x</strong></div>`)).toBe('<div><strong>x</strong></div>');
  });
});

describe('the fake Microsoft Graph', () => {
  const graph = () => fakeGraph({ me: 'paul.martin@atelier-martin.fr', own: ['own-1'], shared: { 'compta@atelier-martin.fr': ['shared-1'] } });
  const patch = (fetch: typeof globalThis.fetch, path: string, body: unknown, scopes = ['Mail.ReadWrite', 'Mail.ReadWrite.Shared']) =>
    fetch(`https://graph.microsoft.com/v1.0${path}`, { method: 'PATCH', headers: { Authorization: `Bearer ${tokenFor(scopes)}` }, body: JSON.stringify(body) });
  const flag = (timeZone = 'Romance Standard Time') => ({
    flag: { flagStatus: 'flagged', startDateTime: { dateTime: '2026-03-23T09:00:00', timeZone }, dueDateTime: { dateTime: '2026-03-31T09:00:00', timeZone } },
  });

  // HOST-FACTS.md: items of a shared mailbox or delegate folder need /users/{owner}/messages/{id} and Mail.ReadWrite.Shared.
  it('answers 404 at /me for an item of a shared mailbox, and takes it at /users/{owner} with the Shared scope', async () => {
    const { fetch } = graph();
    expect((await patch(fetch, '/me/messages/shared-1', flag())).status).toBe(404);
    expect((await patch(fetch, '/users/compta@atelier-martin.fr/messages/shared-1', flag(), ['Mail.ReadWrite'])).status).toBe(403);
    expect((await patch(fetch, '/users/compta@atelier-martin.fr/messages/shared-1', flag())).status).toBe(200);
    expect((await patch(fetch, '/users/direction@atelier-martin.fr/messages/shared-1', flag())).status).toBe(404);
  });

  // Graph "dateTimeTimeZone resource type": Windows zone names (and a listed subset of IANA ones, which this fake refuses).
  it('rejects a time zone that is not a Windows name with a 400', async () => {
    const { fetch } = graph();
    expect((await patch(fetch, '/me/messages/own-1', flag('Romance Standard Time'))).status).toBe(200);
    expect((await patch(fetch, '/me/messages/own-1', flag('Europe/Atlantis'))).status).toBe(400);
  });

  // Graph "followupFlag resource type": dueDateTime requires startDateTime.
  it('rejects a due date without a start date', async () => {
    const { fetch } = graph();
    const response = await patch(fetch, '/me/messages/own-1', { flag: { flagStatus: 'flagged', dueDateTime: { dateTime: '2026-03-31T09:00:00', timeZone: 'UTC' } } });
    expect(response.status).toBe(400);
  });
});
