/**
 * Microsoft Graph over fetch, with every failure as a MailboxError: no network, 401 (token refused:
 * one retry with a fresh token), 403 (consent missing), 404, 429 and 503 with Retry-After (one
 * retry when the wait is short), other 5xx.
 */
import { MailboxError } from '../../core';

export type TokenSource = (options?: { forceRefresh?: boolean }) => Promise<string>;

export type GraphClient = {
  patch(path: string, body: unknown): Promise<void>;
};

export type GraphClientOptions = {
  getToken: TokenSource;
  fetch: typeof fetch;
  /** Waits before a retry; injected so tests never sleep. */
  sleep: (seconds: number) => Promise<void>;
  isOnline?: () => boolean;
  baseUrl?: string;
  /** The longest Retry-After honoured by waiting; longer ones are reported to the user. */
  maxWaitSeconds?: number;
};

export const graphBaseUrl = 'https://graph.microsoft.com/v1.0';

export function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const { getToken, sleep, baseUrl = graphBaseUrl, maxWaitSeconds = 10 } = options;
  const isOnline = options.isOnline ?? (() => true);

  async function send(path: string, body: unknown, forceRefresh: boolean): Promise<Response> {
    if (!isOnline()) throw new MailboxError('offline', 'navigator offline');
    const token = await getToken({ forceRefresh });
    try {
      return await options.fetch(`${baseUrl}${path}`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    } catch (error) {
      // fetch rejects only when the request never got an answer.
      throw new MailboxError('offline', error instanceof Error ? error.message : String(error));
    }
  }

  return {
    async patch(path, body) {
      let refreshed = false;
      let waited = false;
      for (;;) {
        const response = await send(path, body, refreshed);
        if (response.ok) return;
        const status = response.status;
        if (status === 401 && !refreshed) {
          refreshed = true;
          continue;
        }
        if (status === 401) throw new MailboxError('not-authorized', `graph ${status}`);
        if (status === 403) throw new MailboxError('consent-required', `graph ${status}`);
        if (status === 404) throw new MailboxError('item-not-found', `graph ${status}`);
        if (status === 429 || status === 503) {
          const wait = retryAfterSeconds(response);
          if (!waited && wait !== undefined && wait <= maxWaitSeconds) {
            waited = true;
            await sleep(wait);
            continue;
          }
          if (status === 429) throw new MailboxError('throttled', `graph ${status}`, wait);
        }
        if (status >= 500) throw new MailboxError('server-error', `graph ${status}`);
        throw new MailboxError('host-error', `graph ${status}`);
      }
    },
  };
}
