import { describe, expect, it } from 'vitest';
import type { MailboxError } from '../../../src/core';
import { createOutlookMailbox } from '../../../src/outlook/adapter/create-outlook-mailbox';
import { createNaaTokenSource, type MsalModule, type NestablePca } from '../../../src/outlook/adapter/naa-token';
import { FakeOffice } from '../fakes/fake-office';

class InteractionRequiredAuthError extends Error {
  readonly errorCode = 'interaction_required';
}

function fakeMsal(behaviour: { silent?: 'ok' | 'interaction' | 'network'; popup?: 'ok' | 'cancelled' }) {
  const seen = { loads: 0, configs: [] as unknown[], scopes: [] as string[][], popups: 0 };
  const pca: NestablePca = {
    async acquireTokenSilent(request) {
      seen.scopes.push(request.scopes);
      if (behaviour.silent === 'interaction') throw new InteractionRequiredAuthError('consent');
      if (behaviour.silent === 'network') throw Object.assign(new Error('offline'), { errorCode: 'no_network_connectivity' });
      return { accessToken: 'silent-token' };
    },
    async acquireTokenPopup() {
      seen.popups += 1;
      if (behaviour.popup === 'cancelled') throw Object.assign(new Error('cancelled'), { errorCode: 'user_cancelled' });
      return { accessToken: 'popup-token' };
    },
  };
  const load = async (): Promise<MsalModule> => {
    seen.loads += 1;
    return {
      InteractionRequiredAuthError,
      createNestablePublicClientApplication: async (config) => {
        seen.configs.push(config);
        return pca;
      },
    };
  };
  return { load, seen };
}

describe('NAA token', () => {
  it('loads MSAL only when a token is first needed, and only once', async () => {
    const { load, seen } = fakeMsal({ silent: 'ok' });
    const getToken = createNaaTokenSource({ clientId: 'client-123', load });
    expect(seen.loads).toBe(0);
    expect(await getToken()).toBe('silent-token');
    await getToken();
    expect(seen.loads).toBe(1);
    expect(seen.configs[0]).toMatchObject({ auth: { clientId: 'client-123' } });
    expect(seen.scopes[0]).toEqual(['Mail.ReadWrite', 'Files.ReadWrite.AppFolder']);
  });

  it("asks through the host's consent prompt when a silent token needs interaction", async () => {
    const { load, seen } = fakeMsal({ silent: 'interaction', popup: 'ok' });
    expect(await createNaaTokenSource({ clientId: 'c', load })()).toBe('popup-token');
    expect(seen.popups).toBe(1);
  });

  it('reports a refused or cancelled consent as "consent required"', async () => {
    const { load } = fakeMsal({ silent: 'interaction', popup: 'cancelled' });
    const error = (await createNaaTokenSource({ clientId: 'c', load })().catch((e: unknown) => e)) as MailboxError;
    expect(error.code).toBe('consent-required');
  });

  it('reports no network while getting a token as offline', async () => {
    const { load } = fakeMsal({ silent: 'network' });
    const error = (await createNaaTokenSource({ clientId: 'c', load })().catch((e: unknown) => e)) as MailboxError;
    expect(error.code).toBe('offline');
  });
});

describe('createOutlookMailbox', () => {
  const base = { today: () => '2026-03-23', fetch: (async () => new Response(null, { status: 200 })) as typeof fetch, sleep: async () => undefined };

  it('says the admin must configure a client id when none is set', async () => {
    const office = new FakeOffice({ masterCategories: ['Relance'], nestedAppAuth: true });
    const mailbox = createOutlookMailbox({ ...base, host: office.host });
    expect(await mailbox.flagForFollowUp('AAMk=', '2026-03-31')).toEqual({ mode: 'category', hint: 'graph-not-configured' });
  });

  it('says the Outlook version lacks NAA when the host does not support it', async () => {
    const office = new FakeOffice({ masterCategories: ['Relance'], nestedAppAuth: false });
    const mailbox = createOutlookMailbox({ ...base, host: office.host, graphClientId: 'client-123' });
    expect(await mailbox.flagForFollowUp('AAMk=', '2026-03-31')).toEqual({ mode: 'category', hint: 'naa-unsupported' });
  });

  it('flags through Graph with an NAA token when both are available', async () => {
    const office = new FakeOffice({ nestedAppAuth: true });
    const { load } = fakeMsal({ silent: 'ok' });
    const requests: string[] = [];
    const fetchFake = (async (url: string) => {
      requests.push(url);
      return new Response(null, { status: 200 });
    }) as typeof fetch;
    const mailbox = createOutlookMailbox({ ...base, fetch: fetchFake, host: office.host, graphClientId: 'client-123', loadMsal: load });
    expect(await mailbox.flagForFollowUp('AAMk=', '2026-03-31')).toEqual({ mode: 'flag' });
    expect(requests).toEqual(['https://graph.microsoft.com/v1.0/me/messages/AAMk%3D']);
  });
});
