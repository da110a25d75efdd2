/**
 * Microsoft Graph requests for files in the user's OneDrive: any method, any header (If-Match),
 * and the answers a caller must act on (404, 409, 412) returned rather than thrown. Graph throttles
 * with 429 or 503 and Retry-After; a wait the user can bear is honoured, a few times in a row, then
 * the throttling is reported with the wait (HOST-FACTS, Outlook: "Graph throttles with 429 and
 * Retry-After"). A refused token is refreshed once; 403 is missing consent; a request that never got
 * an answer is "offline".
 */
import { MailboxError } from '../../core';
import { graphBaseUrl, type GraphClientOptions, retryAfterSeconds } from './graph-client';

export type DriveResponse = { status: number; text: string; json?: unknown };

export type DriveClient = {
  request(method: 'GET' | 'PUT' | 'DELETE' | 'POST', pathOrUrl: string, options?: { body?: string; headers?: Record<string, string> }): Promise<DriveResponse>;
};

/** The Graph client's options, and how many throttled answers may be waited out in a row. */
export type DriveClientOptions = GraphClientOptions & { maxWaits?: number };

/** Statuses the store decides about: not found, exists already, stale eTag. */
const answered = new Set([404, 409, 412]);

export function createDriveClient(options: DriveClientOptions): DriveClient {
  const { getToken, sleep, baseUrl = graphBaseUrl, maxWaitSeconds = 10, maxWaits = 3 } = options;
  const isOnline = options.isOnline ?? (() => true);

  async function send(method: string, url: string, body: string | undefined, headers: Record<string, string>, forceRefresh: boolean): Promise<Response> {
    if (!isOnline()) throw new MailboxError('offline', 'navigator offline');
    const token = await getToken({ forceRefresh });
    try {
      return await options.fetch(url, { method, headers: { ...headers, Authorization: `Bearer ${token}` }, ...(body === undefined ? {} : { body }) });
    } catch (error) {
      throw new MailboxError('offline', error instanceof Error ? error.message : String(error));
    }
  }

  return {
    async request(method, pathOrUrl, { body, headers = {} } = {}) {
      const url = pathOrUrl.startsWith('https://') ? pathOrUrl : `${baseUrl}${pathOrUrl}`;
      let refreshed = false;
      let waits = 0;
      for (;;) {
        const response = await send(method, url, body, headers, refreshed);
        const status = response.status;
        if (response.ok || answered.has(status)) {
          const text = status === 204 ? '' : await response.text();
          let json: unknown;
          try {
            json = text ? (JSON.parse(text) as unknown) : undefined;
          } catch {
            json = undefined;
          }
          return { status, text, ...(json === undefined ? {} : { json }) };
        }
        if (status === 401 && !refreshed) {
          refreshed = true;
          continue;
        }
        if (status === 401) throw new MailboxError('not-authorized', `graph ${status}`);
        if (status === 403) throw new MailboxError('consent-required', `graph ${status}`);
        if (status === 429 || status === 503) {
          const wait = retryAfterSeconds(response);
          if (waits < maxWaits && wait !== undefined && wait <= maxWaitSeconds) {
            waits += 1;
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
