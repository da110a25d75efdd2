/**
 * The part of Microsoft Graph's OneDrive API the follow-up store uses, as unkind as the service:
 * - the app folder (`/me/drive/special/approot`) exists from the first request, but a subfolder
 *   must be created before a file is put in it (we do not count on path uploads creating folders);
 *   ("Using the app folder in OneDrive and SharePoint", Graph docs)
 * - every change gives the item a new eTag; `If-Match` with another eTag answers 412 Precondition
 *   Failed and changes nothing (driveItem update / upload pages: "if-match … 412");
 * - `@microsoft.graph.conflictBehavior=fail` on a name that exists answers 409 nameAlreadyExists;
 * - throttling answers 429 with a Retry-After in seconds (Graph throttling guidance);
 * - children are paged (`$top`, then `@odata.nextLink`);
 * - the user can edit or delete any file, since the folder is theirs (HOST-FACTS, Outlook).
 * Answers arrive after a seeded number of turns of the event loop, so concurrent requests from two
 * panes really interleave.
 */
import { graphBaseUrl } from '../../../src/outlook/adapter/graph-client';

type File = { id: string; content: string; eTag: string; revision: number };

export type DriveFailure = { status: number; retryAfter?: number } | 'network';

const approot = '/me/drive/special/approot';

export class FakeGraphDrive {
  readonly folders = new Set<string>();
  readonly files = new Map<string, File>();
  readonly requests: { method: string; path: string; headers: Record<string, string> }[] = [];
  private readonly failures: DriveFailure[] = [];
  /** Fails the request whose index (0-based, counted from now) is given, whatever it is. */
  private readonly failAt = new Map<number, DriveFailure>();
  private counter = 0;
  private nextId = 1;

  constructor(private readonly random: () => number = () => 0) {}

  /** The next requests fail this way, one each. */
  failNext(...failures: DriveFailure[]): this {
    this.failures.push(...failures);
    return this;
  }

  /** The request made `after` requests from now fails. */
  failRequest(after: number, failure: DriveFailure): this {
    this.failAt.set(this.counter + after, failure);
    return this;
  }

  userEdits(name: string, content: string): void {
    const file = this.files.get(`relance/${name}`);
    if (!file) throw new Error(`no file ${name}`);
    this.change(file, content);
  }

  userDeletes(name: string): void {
    this.files.delete(`relance/${name}`);
  }

  fileNames(): string[] {
    return [...this.files.keys()].map((path) => path.slice('relance/'.length)).sort();
  }

  private change(file: File, content: string): void {
    file.content = content;
    file.revision += 1;
    // Graph's eTags look like "{GUID},revision".
    file.eTag = `"{${file.id}},${file.revision}"`;
  }

  readonly fetch = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const method = init.method ?? 'GET';
    const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>).map(([name, value]) => [name.toLowerCase(), value]));
    const path = decodeURIComponent(url.pathname.slice(new URL(graphBaseUrl).pathname.length));
    const index = this.counter++;
    this.requests.push({ method, path: `${path}${url.search}`, headers });
    const turns = Math.floor(this.random() * 4);
    for (let i = 0; i < turns; i += 1) await new Promise((resolve) => setImmediate(resolve));
    const failure = this.failAt.get(index) ?? this.failures.shift();
    this.failAt.delete(index);
    if (failure === 'network') throw new TypeError('Failed to fetch');
    if (failure) return json(failure.status, { error: { code: failure.status === 429 ? 'TooManyRequests' : 'serviceNotAvailable' } }, failure.retryAfter === undefined ? {} : { 'Retry-After': String(failure.retryAfter) });
    return this.answer(method, path, url.searchParams, headers, typeof init.body === 'string' ? init.body : '');
  }) as typeof fetch;

  private answer(method: string, path: string, query: URLSearchParams, headers: Record<string, string>, body: string): Response {
    if (!path.startsWith(approot)) return json(400, { error: { code: 'invalidRequest' } });
    const rest = path.slice(approot.length);
    if (method === 'POST' && rest === '/children') {
      const request = JSON.parse(body) as { name: string; '@microsoft.graph.conflictBehavior'?: string };
      if (this.folders.has(request.name)) return json(409, { error: { code: 'nameAlreadyExists' } });
      this.folders.add(request.name);
      return json(201, { name: request.name, folder: {} });
    }
    const children = /^:\/([^/]+):\/children$/.exec(rest);
    if (children && method === 'GET') return this.children(children[1]!, query);
    const item = /^:\/([^/]+)\/([^/:]+)(:\/content)?$/.exec(rest);
    if (!item) return json(400, { error: { code: 'invalidRequest' } });
    const [, folder, name, content] = item as unknown as [string, string, string, string | undefined];
    const key = `${folder}/${name}`;
    const file = this.files.get(key);
    const ifMatch = headers['if-match'];
    if (method === 'GET') {
      if (!file) return json(404, { error: { code: 'itemNotFound' } });
      if (content) return new Response(file.content, { status: 200 });
      return json(200, { id: file.id, name, eTag: file.eTag, size: file.content.length });
    }
    if (method === 'PUT' && content) {
      if (!this.folders.has(folder)) return json(404, { error: { code: 'itemNotFound' } });
      if (file && query.get('@microsoft.graph.conflictBehavior') === 'fail') return json(409, { error: { code: 'nameAlreadyExists' } });
      if (ifMatch !== undefined && (!file || file.eTag !== ifMatch)) return json(file ? 412 : 404, { error: { code: file ? 'preconditionFailed' : 'itemNotFound' } });
      if (file) {
        this.change(file, body);
        return json(200, { id: file.id, name, eTag: file.eTag, size: body.length });
      }
      const created: File = { id: `01BYE5RZ${String(this.nextId++).padStart(6, '0')}`, content: body, eTag: '', revision: 0 };
      this.change(created, body);
      this.files.set(key, created);
      return json(201, { id: created.id, name, eTag: created.eTag, size: body.length });
    }
    if (method === 'DELETE' && !content) {
      if (!file) return json(404, { error: { code: 'itemNotFound' } });
      if (ifMatch !== undefined && file.eTag !== ifMatch) return json(412, { error: { code: 'preconditionFailed' } });
      this.files.delete(key);
      return new Response(null, { status: 204 });
    }
    return json(405, { error: { code: 'notSupported' } });
  }

  private children(folder: string, query: URLSearchParams): Response {
    if (!this.folders.has(folder)) return json(404, { error: { code: 'itemNotFound' } });
    const top = Number(query.get('$top') ?? 200);
    const skip = Number(query.get('$skiptoken') ?? 0);
    const names = [...this.files.keys()].filter((key) => key.startsWith(`${folder}/`)).sort();
    const page = names.slice(skip, skip + top).map((key) => {
      const file = this.files.get(key)!;
      return { id: file.id, name: key.slice(folder.length + 1), eTag: file.eTag };
    });
    const nextLink = skip + top < names.length ? `${graphBaseUrl}${approot}:/${folder}:/children?$select=name,eTag&$top=${top}&$skiptoken=${skip + top}` : undefined;
    return json(200, { value: page, ...(nextLink ? { '@odata.nextLink': nextLink } : {}) });
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}
