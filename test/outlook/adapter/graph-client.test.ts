import { describe, expect, it } from 'vitest';
import { describeError, MailboxError } from '../../../src/core';
import { createGraphClient } from '../../../src/outlook/adapter/graph-client';

type Reply = { status: number; headers?: Record<string, string> } | 'network-down';

function graphWith(replies: Reply[], options: { online?: boolean } = {}) {
  const requests: { url: string; init: RequestInit }[] = [];
  const tokens: boolean[] = [];
  const waits: number[] = [];
  const fetchFake = (async (url: string, init: RequestInit) => {
    requests.push({ url, init });
    const reply = replies.shift() ?? { status: 200 };
    if (reply === 'network-down') throw new TypeError('Failed to fetch');
    return new Response(reply.status === 204 ? null : '{}', { status: reply.status, headers: reply.headers ?? {} });
  }) as typeof fetch;
  const client = createGraphClient({
    fetch: fetchFake,
    getToken: async ({ forceRefresh = false } = {}) => {
      tokens.push(forceRefresh);
      return forceRefresh ? 'fresh-token' : 'cached-token';
    },
    sleep: async (seconds) => void waits.push(seconds),
    isOnline: () => options.online ?? true,
  });
  return { client, requests, tokens, waits };
}

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as MailboxError);

describe('Graph client', () => {
  it('sends a PATCH with the bearer token and a JSON body', async () => {
    const { client, requests } = graphWith([{ status: 200 }]);
    await client.patch('/me/messages/abc', { flag: { flagStatus: 'flagged' } });
    expect(requests[0]?.url).toBe('https://graph.microsoft.com/v1.0/me/messages/abc');
    expect(requests[0]?.init.method).toBe('PATCH');
    expect((requests[0]?.init.headers as Record<string, string>).Authorization).toBe('Bearer cached-token');
    expect(JSON.parse(String(requests[0]?.init.body))).toEqual({ flag: { flagStatus: 'flagged' } });
  });

  it('retries once with a fresh token after a 401', async () => {
    const { client, tokens } = graphWith([{ status: 401 }, { status: 200 }]);
    await client.patch('/me/messages/abc', {});
    expect(tokens).toEqual([false, true]);
  });

  it('reports a second 401 as access denied', async () => {
    const { client } = graphWith([{ status: 401 }, { status: 401 }]);
    expect((await failure(client.patch('/x', {})))?.code).toBe('not-authorized');
  });

  it('reports a 403 as missing admin consent, in words the user can pass on', async () => {
    const { client } = graphWith([{ status: 403 }]);
    const error = await failure(client.patch('/x', {}));
    expect(error?.code).toBe('consent-required');
    expect(describeError(error!, 'fr').title).toContain('administrateur');
    expect(describeError(error!, 'en').title).toContain('administrator');
  });

  it('waits for a short Retry-After on 429, then succeeds', async () => {
    const { client, waits, requests } = graphWith([{ status: 429, headers: { 'Retry-After': '3' } }, { status: 200 }]);
    await client.patch('/x', {});
    expect(waits).toEqual([3]);
    expect(requests).toHaveLength(2);
  });

  it('tells the user how long to wait when the server asks for more than a few seconds', async () => {
    const { client, waits } = graphWith([{ status: 429, headers: { 'Retry-After': '120' } }]);
    const error = await failure(client.patch('/x', {}));
    expect(waits).toEqual([]);
    expect(error).toMatchObject({ code: 'throttled', retryAfterSeconds: 120 });
    expect(describeError(error!, 'en').title).toContain('120\u00a0s');
  });

  it('reports 5xx as a server error', async () => {
    const { client } = graphWith([{ status: 502 }]);
    expect((await failure(client.patch('/x', {})))?.code).toBe('server-error');
  });

  it('reports a request that never got an answer as offline', async () => {
    const { client } = graphWith(['network-down']);
    expect((await failure(client.patch('/x', {})))?.code).toBe('offline');
  });

  it('does not even try while the browser says it is offline', async () => {
    const { client, requests } = graphWith([], { online: false });
    expect((await failure(client.patch('/x', {})))?.code).toBe('offline');
    expect(requests).toHaveLength(0);
  });

  it('reports a message Graph cannot find as gone', async () => {
    const { client } = graphWith([{ status: 404 }]);
    expect((await failure(client.patch('/x', {})))?.code).toBe('item-not-found');
  });
});
