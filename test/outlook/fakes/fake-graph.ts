/**
 * A fake Microsoft Graph for the message flag, as strict as the documented service:
 * - `/me/messages/{id}` holds only the user's own items; an item of a shared mailbox or a delegate's
 *   folder answers 404 there and lives at `/users/{owner}/messages/{id}`, which needs the delegated
 *   `Mail.ReadWrite.Shared` scope (403 without it) and access to that mailbox (404 without it)
 *   (HOST-FACTS.md; Graph "message: update" and "Microsoft Graph permissions reference");
 * - `dueDateTime` requires `startDateTime` (Graph "followupFlag resource type");
 * - `timeZone` takes Windows zone names ("dateTimeTimeZone resource type"). Graph also takes a
 *   listed subset of IANA names; this fake takes none of them, so it is stricter, never kinder.
 */
import { windowsTimeZones } from '../../../playground/fake-office/windows-time-zones';

type Flag = { flagStatus?: string; startDateTime?: { dateTime?: string; timeZone?: string }; dueDateTime?: { dateTime?: string; timeZone?: string } };

export type FakeGraphSetup = {
  /** The signed-in user's address, the owner of `/me`. */
  me: string;
  /** Rest ids of the user's own messages. */
  own: string[];
  /** Other mailboxes the user may reach (shared or delegated), with their rest ids. */
  shared?: Record<string, string[]>;
  /** Rest ids in mailboxes the user has no access to through Graph, by owner. */
  unreachable?: Record<string, string[]>;
};

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const error = (status: number, code: string, message: string) => json(status, { error: { code, message } });

export function fakeGraph(setup: FakeGraphSetup) {
  const requests: { method: string; path: string; body: unknown }[] = [];
  const flags = new Map<string, Flag>();

  const validZone = (zone: string | undefined) => zone !== undefined && windowsTimeZones.includes(zone);

  const graphFetch: typeof fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const method = (init?.method ?? 'GET').toUpperCase();
    const body = init?.body ? (JSON.parse(String(init.body)) as { flag?: Flag }) : undefined;
    const path = decodeURIComponent(url.pathname.replace(/^\/v1\.0/, ''));
    requests.push({ method, path, body });
    const token = new Headers(init?.headers).get('Authorization') ?? '';
    if (!token.startsWith('Bearer ')) return error(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    const scopes = /scopes=(.*)$/.exec(token)?.[1]?.split(' ') ?? [];
    const mine = /^\/me\/messages\/([^/]+)$/.exec(path);
    const theirs = /^\/users\/([^/]+)\/messages\/([^/]+)$/.exec(path);
    let key: string | undefined;
    if (mine) {
      if (!setup.own.includes(mine[1]!)) return error(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
      key = `${setup.me}/${mine[1]}`;
    } else if (theirs) {
      const [, owner = '', id = ''] = theirs;
      if (owner.toLowerCase() === setup.me.toLowerCase()) {
        if (!setup.own.includes(id)) return error(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
      } else {
        if (!scopes.includes('Mail.ReadWrite.Shared')) return error(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
        if (!setup.shared?.[owner]?.includes(id)) return error(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
      }
      key = `${owner}/${id}`;
    } else return error(400, 'BadRequest', 'Unsupported segment type.');
    if (method !== 'PATCH') return error(405, 'MethodNotAllowed', 'Method not allowed.');
    const flag = body?.flag;
    if (flag) {
      if (flag.dueDateTime && !flag.startDateTime) return error(400, 'ErrorInvalidArgument', 'StartDateTime must be set when DueDateTime is set.');
      for (const moment of [flag.startDateTime, flag.dueDateTime]) {
        if (moment && !validZone(moment.timeZone)) return error(400, 'ErrorTimeZoneNotSupported', `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${moment.timeZone}'.`);
      }
      flags.set(key, flag);
    }
    return json(200, { id: key.split('/').pop(), flag: flags.get(key) ?? null });
  }) as typeof fetch;

  return { fetch: graphFetch, requests, flags };
}
