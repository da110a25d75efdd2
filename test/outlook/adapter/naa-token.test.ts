import { describe, expect, it } from 'vitest';
import type { MailboxError } from '../../../src/core';
import { createOutlookMailbox } from '../../../src/outlook/adapter/create-outlook-mailbox';
import { createNaaSession } from '../../../src/outlook/adapter/naa-token';
import { FakeOffice } from '../fakes/fake-office';
import { fakeMsal } from '../fakes/fake-msal';

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as MailboxError);

describe('the fake MSAL keeps what the host does', () => {
  // OfficeDev/Office-Add-in-samples #889: a popup opened after an await may be blocked.
  it('blocks a popup opened outside a click, and lets one opened from a click through', async () => {
    const { pca, click, seen } = fakeMsal({ popup: 'ok' });
    await expect(pca.acquireTokenPopup({ scopes: ['Mail.ReadWrite'] })).rejects.toMatchObject({ errorCode: 'popup_window_error' });
    await expect(click(() => pca.acquireTokenPopup({ scopes: ['Mail.ReadWrite'] }))).resolves.toMatchObject({ accessToken: expect.any(String) });
    expect(seen).toMatchObject({ popups: 1, blockedPopups: 1 });
  });
});

describe('NAA session', () => {
  it('loads MSAL only when a token is first needed, and only once, asking for own and shared mail', async () => {
    const { load, seen } = fakeMsal();
    const { getToken } = createNaaSession({ clientId: 'client-123', load });
    expect(seen.loads).toBe(0);
    await getToken();
    await getToken();
    expect(seen.loads).toBe(1);
    expect(seen.configs[0]).toMatchObject({ auth: { clientId: 'client-123' } });
    expect(seen.scopes[0]).toEqual(['Mail.ReadWrite', 'Mail.ReadWrite.Shared', 'Files.ReadWrite.AppFolder']);
  });

  it.each(['interaction', 'expired'] as const)('asks the user to sign in on any silent failure (%s), never opening a popup by itself', async (silent) => {
    const { load, seen } = fakeMsal({ silent });
    const error = await failure(createNaaSession({ clientId: 'c', load }).getToken());
    expect(error?.code).toBe('sign-in-required');
    expect(seen.popups + seen.blockedPopups).toBe(0);
  });

  it('opens the sign-in popup from the click itself, so it is not blocked, then tokens come silently', async () => {
    const { load, click, seen } = fakeMsal({ silent: 'interaction', popup: 'ok' });
    const session = createNaaSession({ clientId: 'c', load });
    await failure(session.getToken());
    expect(await click(() => session.signIn())).toBe('signed-in');
    expect(seen.blockedPopups).toBe(0);
    expect(await session.getToken()).toContain('Mail.ReadWrite');
  });

  it('says the popup was blocked when sign-in is started outside a click', async () => {
    const { load } = fakeMsal({ silent: 'interaction', popup: 'ok' });
    const session = createNaaSession({ clientId: 'c', load });
    await failure(session.getToken());
    expect(await session.signIn()).toBe('popup-blocked');
  });

  it('tells a cancelled sign-in from a missing consent', async () => {
    for (const [popup, outcome] of [['cancelled', 'cancelled'], ['consent', 'consent-required']] as const) {
      const { load, click } = fakeMsal({ silent: 'interaction', popup });
      const session = createNaaSession({ clientId: 'c', load });
      await failure(session.getToken());
      expect(await click(() => session.signIn())).toBe(outcome);
    }
  });

  it('reports no network while getting a token as offline', async () => {
    const { load } = fakeMsal({ silent: 'network' });
    expect((await failure(createNaaSession({ clientId: 'c', load }).getToken()))?.code).toBe('offline');
  });
});

describe('createOutlookMailbox', () => {
  const base = { today: () => '2026-03-23', fetch: (async () => new Response(null, { status: 200 })) as typeof fetch, sleep: async () => undefined };

  it('says the admin must configure a client id when none is set', async () => {
    const office = new FakeOffice({ masterCategories: ['Relance'], nestedAppAuth: true });
    const mailbox = createOutlookMailbox({ ...base, host: office.host });
    expect(await mailbox.flagForFollowUp('AAMk=', '2026-03-31')).toEqual({ mode: 'category', hint: 'graph-not-configured' });
    expect(mailbox.signIn).toBeUndefined();
  });

  it('says the Outlook version lacks NAA when the host does not support it', async () => {
    const office = new FakeOffice({ masterCategories: ['Relance'], nestedAppAuth: false });
    const mailbox = createOutlookMailbox({ ...base, host: office.host, graphClientId: 'client-123' });
    expect(await mailbox.flagForFollowUp('AAMk=', '2026-03-31')).toEqual({ mode: 'category', hint: 'naa-unsupported' });
  });

  it('flags through Graph with an NAA token when both are available', async () => {
    const office = new FakeOffice({ nestedAppAuth: true });
    const { load } = fakeMsal();
    const requests: string[] = [];
    const fetchFake = (async (url: string) => {
      requests.push(url);
      return new Response(null, { status: 200 });
    }) as typeof fetch;
    const mailbox = createOutlookMailbox({ ...base, fetch: fetchFake, host: office.host, graphClientId: 'client-123', loadMsal: load });
    expect(await mailbox.flagForFollowUp('AAMk=', '2026-03-31')).toEqual({ mode: 'flag' });
    expect(requests).toEqual(['https://graph.microsoft.com/v1.0/me/messages/AAMk%3D']);
  });

  it('falls back on a silent sign-in failure, and flags once the user signs in from the button', async () => {
    const office = new FakeOffice({ nestedAppAuth: true, masterCategories: ['Relance'] });
    const { load, click } = fakeMsal({ silent: 'interaction', popup: 'ok' });
    const mailbox = createOutlookMailbox({ ...base, host: office.host, graphClientId: 'client-123', loadMsal: load });
    expect(await mailbox.flagForFollowUp('AAMk=', '2026-03-31')).toEqual({ mode: 'category', hint: 'sign-in-required' });
    expect(await click(() => mailbox.signIn!())).toBe('signed-in');
    expect(await mailbox.flagForFollowUp('AAMk=', '2026-03-31')).toEqual({ mode: 'flag' });
  });
});
