/**
 * The task pane's `fetch`, as the playground answers it: `relance.settings.json` gets a Graph client
 * id when the Graph switch says Graph is set up, and Microsoft Graph itself is simulated: a PATCH of
 * a message's flag is stored on the message (available), answered 503 (unavailable) or never
 * answered (offline). As Graph does, it refuses a time zone that is not a Windows name (400), answers
 * 404 at `/me` for an item of a shared mailbox, which lives at `/users/{owner}/messages/{id}` and
 * needs the `Mail.ReadWrite.Shared` scope (403 without it) (HOST-FACTS.md). Drafts made for a
 * client (Today) are saved in Drafts: `POST /me/messages` and `createReplyAll` (the first of the
 * session is throttled), a conversation's messages listed with `$filter`.
 */
import type { IsoDate } from '../../src/core';
import type { MailboxStore } from '../mailbox/mailbox-store';
import { fromRestId, toRestId } from './create-fake-office';
import { sharedMailboxOwner, type Switches } from './switches';
import { windowsTimeZones } from './windows-time-zones';

export const playgroundClientId = '00000000-0000-4000-8000-00000000c0de';
const graphOrigin = 'https://graph.microsoft.com';

type FlagBody = { flag?: { flagStatus?: string; startDateTime?: { dateTime?: string; timeZone?: string }; dueDateTime?: { dateTime?: string; timeZone?: string } } };

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const day = (value: string | undefined): IsoDate | undefined => (value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined);

export function createPlaygroundFetch(setup: {
  fetch: typeof fetch;
  store: MailboxStore;
  switches: Switches;
  setTimeout: (handler: () => void, ms: number) => unknown;
  onCall?: (call: { operation: string; ok: boolean; detail?: string }) => void;
}): typeof fetch {
  const { store, switches } = setup;
  const wait = (ms: number) => new Promise<void>((resolve) => setup.setTimeout(resolve, ms));

  /**
   * The user's OneDrive app folder, in memory for the session, with Graph's rules: eTags change on
   * every write, `If-Match` on a stale eTag is 412, `conflictBehavior=fail` on an existing name is 409.
   */
  const files = new Map<string, { content: string; eTag: string }>();
  let revision = 0;
  function drive(url: URL, init: RequestInit | undefined, operation: string): Response {
    const method = (init?.method ?? 'GET').toUpperCase();
    const path = decodeURIComponent(url.pathname.slice('/v1.0/me/drive/special/approot'.length));
    const ifMatch = new Headers(init?.headers).get('If-Match');
    const answer = (status: number, body: unknown) => {
      setup.onCall?.({ operation, ok: status < 400, ...(status >= 400 ? { detail: String(status) } : {}) });
      return json(status, body);
    };
    if (method === 'POST') return answer(201, { name: 'relance', folder: {} });
    if (method === 'GET' && path === ':/relance:/children') return answer(200, { value: [...files].map(([name, file]) => ({ name, eTag: file.eTag })) });
    const item = /^:\/relance\/([^/:]+)(:\/content)?$/.exec(path);
    if (!item?.[1]) return answer(400, { error: { code: 'invalidRequest' } });
    const name = item[1];
    const file = files.get(name);
    if (method === 'GET') {
      if (!file) return answer(404, { error: { code: 'itemNotFound' } });
      if (item[2]) {
        setup.onCall?.({ operation, ok: true });
        return new Response(file.content, { status: 200 });
      }
      return answer(200, { name, eTag: file.eTag });
    }
    if (method === 'DELETE') {
      if (!file) return answer(404, { error: { code: 'itemNotFound' } });
      if (ifMatch && ifMatch !== file.eTag) return answer(412, { error: { code: 'preconditionFailed' } });
      files.delete(name);
      setup.onCall?.({ operation, ok: true });
      return new Response(null, { status: 204 });
    }
    if (method === 'PUT' && item[2]) {
      if (file && url.searchParams.get('@microsoft.graph.conflictBehavior') === 'fail') return answer(409, { error: { code: 'nameAlreadyExists' } });
      if (ifMatch && (!file || file.eTag !== ifMatch)) return answer(file ? 412 : 404, { error: { code: file ? 'preconditionFailed' : 'itemNotFound' } });
      revision += 1;
      const eTag = `"{5B1A2C3D-0000-4000-8000-000000000001},${revision}"`;
      files.set(name, { content: String(init?.body ?? ''), eTag });
      return answer(file ? 200 : 201, { name, eTag });
    }
    return answer(405, { error: { code: 'notSupported' } });
  }

  /**
   * The user's messages as Graph lists them and drafts as Graph saves them. Unkind as Graph is:
   * - the first draft of the session is throttled: 429 with Retry-After (HOST-FACTS, Outlook:
   *   "Graph throttles with 429 and Retry-After");
   * - ids are Exchange ids of about 150 characters, in their REST form (HOST-FACTS, Outlook);
   * - `$orderby` on a property absent from `$filter` is refused: 400 InefficientFilter ("List
   *   messages" page, "Using filter and orderby in the same query");
   * - `createReplyAll` with both `comment` and `message.body` is a 400 ("message: createReplyAll");
   *   an unknown message is a 404;
   * - both answer 201 Created with the draft, saved in Drafts ("Create message", "createReplyAll").
   */
  let draftsThrottled = false;
  function drafts(url: URL, init: RequestInit | undefined, operation: string): Response {
    const method = (init?.method ?? 'GET').toUpperCase();
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      setup.onCall?.({ operation, ok: status < 400, ...(status >= 400 ? { detail: String(status) } : {}) });
      return json(status, body, headers);
    };
    if (method === 'GET') {
      const filter = url.searchParams.get('$filter') ?? '';
      const orderBy = url.searchParams.get('$orderby');
      if (orderBy && !filter.includes(orderBy.split(' ')[0] ?? orderBy)) {
        return answer(400, { error: { code: 'InefficientFilter', message: 'The restriction or sort order is too complex for this operation.' } });
      }
      const conversation = /^conversationId eq '((?:[^']|'')*)'$/.exec(filter)?.[1]?.replace(/''/g, "'");
      const listed = store.messages().filter((message) => conversation === undefined || message.conversationId === conversation);
      const top = Number(url.searchParams.get('$top') ?? 10);
      return answer(200, {
        value: listed.slice(0, top).map((message) => ({ id: toRestId(message.id), receivedDateTime: `${message.sentAt}:00Z`.slice(0, 20), isDraft: message.folder === 'drafts' })),
      });
    }
    if (method !== 'POST') return answer(405, { error: { code: 'ErrorInvalidRequest', message: 'The OData request is not supported.' } });
    if (!draftsThrottled) {
      draftsThrottled = true;
      return answer(429, { error: { code: 'ApplicationThrottled', message: 'Application is over its MailboxConcurrency limit.' } }, { 'Retry-After': '1' });
    }
    type Recipient = { emailAddress?: { address?: string } };
    type GraphMessage = { subject?: string; toRecipients?: Recipient[]; ccRecipients?: Recipient[]; body?: { contentType?: string; content?: string } };
    const request = JSON.parse(String(init?.body ?? '{}')) as GraphMessage & { message?: GraphMessage; comment?: string };
    const addresses = (list: Recipient[] | undefined) => (list ?? []).map((recipient) => recipient.emailAddress?.address ?? '');
    const replyTo = /\/me\/messages\/([^/]+)\/createReplyAll$/.exec(url.pathname)?.[1];
    if (replyTo !== undefined) {
      if (request.comment !== undefined && request.message?.body !== undefined) {
        return answer(400, { error: { code: 'ErrorInvalidRequest', message: 'Specify either a comment or the body property of the message parameter.' } });
      }
      const original = store.message(fromRestId(decodeURIComponent(replyTo)));
      if (!original || original.folder === 'drafts') return answer(404, { error: { code: 'ErrorItemNotFound', message: 'The specified object was not found in the store.' } });
      const draft = store.createReplyAll(original.id, request.message?.body?.content ?? request.comment ?? '');
      store.saveDraft(draft.id);
      return answer(201, { id: toRestId(draft.id), conversationId: draft.conversationId, subject: draft.subject, isDraft: true });
    }
    const draft = store.createNewMessage({ to: addresses(request.toRecipients), cc: addresses(request.ccRecipients), subject: request.subject ?? '', htmlBody: request.body?.content ?? '' });
    store.saveDraft(draft.id);
    return answer(201, { id: toRestId(draft.id), conversationId: draft.conversationId, subject: draft.subject, isDraft: true });
  }

  async function graph(url: URL, init: RequestInit | undefined): Promise<Response> {
    const operation = `graph ${init?.method ?? 'GET'} ${url.pathname}`;
    await wait(switches.latencyMs * 2);
    if (switches.graph === 'offline') {
      setup.onCall?.({ operation, ok: false, detail: 'network error' });
      throw new TypeError('Failed to fetch');
    }
    if (switches.graph === 'unavailable') {
      setup.onCall?.({ operation, ok: false, detail: '503 Service Unavailable' });
      return json(503, { error: { code: 'ServiceUnavailable', message: 'The service is temporarily unavailable.' } });
    }
    const authorization = new Headers(init?.headers).get('Authorization');
    if (!authorization?.startsWith('Bearer ')) {
      setup.onCall?.({ operation, ok: false, detail: '401' });
      return json(401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } });
    }
    if (url.pathname.startsWith('/v1.0/me/drive/')) return drive(url, init, operation);
    if (url.pathname === '/v1.0/me/messages' || /^\/v1\.0\/me\/messages\/[^/]+\/createReplyAll$/.test(url.pathname)) return drafts(url, init, operation);
    if (url.pathname === '/v1.0/me/mailFolders/sentitems/messages') {
      // The playground sends nothing by itself: a reminder is sent when the user says so.
      setup.onCall?.({ operation, ok: true });
      return json(200, { value: [] });
    }
    const mine = /^\/v1\.0\/me\/messages\/([^/]+)$/.exec(url.pathname);
    const theirs = /^\/v1\.0\/users\/([^/]+)\/messages\/([^/]+)$/.exec(url.pathname);
    const owner = theirs ? decodeURIComponent(theirs[1]!) : undefined;
    if (owner && owner.toLowerCase() !== store.owner.email.toLowerCase() && !/scopes=.*\bMail\.ReadWrite\.Shared\b/.test(authorization)) {
      setup.onCall?.({ operation, ok: false, detail: '403' });
      return json(403, { error: { code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' } });
    }
    // With the "shared mailbox" switch the items are the accounts team's: not in /me, only in its owner's mailbox.
    const expectedOwner = switches.sharedMailbox ? sharedMailboxOwner : store.owner.email;
    const inMailbox = owner ? owner.toLowerCase() === expectedOwner.toLowerCase() : !switches.sharedMailbox;
    const id = mine?.[1] ?? theirs?.[2];
    const message = id && inMailbox ? store.message(fromRestId(decodeURIComponent(id))) : undefined;
    if (!message) {
      setup.onCall?.({ operation, ok: false, detail: '404' });
      return json(404, { error: { code: 'ErrorItemNotFound', message: 'The specified object was not found in the store.' } });
    }
    if ((init?.method ?? 'GET').toUpperCase() === 'PATCH') {
      const body = JSON.parse(String(init?.body ?? '{}')) as FlagBody;
      const zones = [body.flag?.startDateTime?.timeZone, body.flag?.dueDateTime?.timeZone].filter((zone) => zone !== undefined);
      const badZone = zones.find((zone) => !windowsTimeZones.includes(zone));
      if (badZone !== undefined) {
        setup.onCall?.({ operation, ok: false, detail: `400 time zone ${badZone}` });
        return json(400, { error: { code: 'ErrorTimeZoneNotSupported', message: `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${badZone}'.` } });
      }
      if (body.flag) {
        const startOn = day(body.flag.startDateTime?.dateTime);
        const dueOn = day(body.flag.dueDateTime?.dateTime);
        store.setFlag(message.id, {
          status: body.flag.flagStatus === 'complete' ? 'complete' : 'flagged',
          ...(startOn ? { startOn } : {}),
          ...(dueOn ? { dueOn } : {}),
        });
      }
    }
    setup.onCall?.({ operation, ok: true });
    return json(200, { id: url.pathname.split('/').pop(), subject: message.subject, flag: store.require(message.id).flag ?? null });
  }

  return async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, globalThis.location?.href);
    if (url.origin === graphOrigin) return graph(url, init);
    const response = await setup.fetch(input, init);
    if (url.pathname.endsWith('/relance.settings.json') && response.ok && switches.graph !== 'not-configured') {
      const settings = (await response.json()) as Record<string, unknown>;
      return json(200, { ...settings, graph: { clientId: playgroundClientId } });
    }
    return response;
  };
}
