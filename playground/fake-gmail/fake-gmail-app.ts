/**
 * A GmailApp that keeps a small mailbox in memory and records what the add-on did to it: drafts
 * (replies in their thread, or new), labels, stars. Like Gmail for an add-on, the open message
 * can be read only after setCurrentMessageAccessToken; a user label must exist to be applied and
 * cannot be created twice; a reply-all addresses everyone on the message, the user included; the
 * user's send-as aliases are theirs to list. `failures` makes a named call throw, as an Apps
 * Script service would.
 */
import { decodeBase64 } from './base64';

export type FakeMessageInit = {
  id: string;
  threadId: string;
  subject: string;
  body: string;
  from: string;
  to: string;
  cc?: string;
  date: Date;
  attachments?: string[];
  /** Raw headers by name, as the message carries them. */
  headers?: Record<string, string>;
};

export type FakeDraftRecord = {
  id: string;
  /** `api`: written whole through the Gmail API (users.drafts.create). */
  kind: 'reply' | 'reply-all' | 'new' | 'api';
  threadId?: string;
  inReplyTo?: string;
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  cc?: string;
  from?: string;
  attachments: { name: string; contentType: string; data: string }[];
  deleted: boolean;
};

/** The RFC 2822 Message-ID a fake message carries. */
export const messageIdHeader = (id: string) => `<${id}@mail.gmail.example>`;

type Failable = 'getMessageById' | 'createDraftReply' | 'createDraftReplyAll' | 'createDraft' | 'createDraftApi' | 'addLabel' | 'star' | 'createLabel' | 'deleteDraft';

export class FakeGmailState {
  readonly messages = new Map<string, FakeMessageInit>();
  readonly drafts: FakeDraftRecord[] = [];
  readonly labels = new Set<string>();
  readonly threadLabels = new Map<string, Set<string>>();
  readonly starred = new Set<string>();
  readonly tokens: string[] = [];
  readonly calls: string[] = [];
  failures: Partial<Record<Failable, Error>> = {};
  /** The user's send-as aliases (Gmail settings › Accounts › "Send mail as"), besides their address. */
  aliases: string[] = [];
  constructor(readonly userEmail: string) {}

  addMessage(message: FakeMessageInit): void {
    this.messages.set(message.id, message);
  }

  liveDrafts(): FakeDraftRecord[] {
    return this.drafts.filter((draft) => !draft.deleted);
  }

  labelsOf(threadId: string): string[] {
    return [...(this.threadLabels.get(threadId) ?? [])];
  }

  maybeFail(call: Failable): void {
    this.calls.push(call);
    const failure = this.failures[call];
    if (failure) throw failure;
  }
}

export function emailOf(address: string): string {
  return (/<([^>]+)>/.exec(address)?.[1] ?? address).trim().toLowerCase();
}

/** "a, b" and "c" as one list, each address once (by its email, case aside), in order. */
function addressList(...lists: (string | undefined)[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    for (const part of (list ?? '').split(',')) {
      const address = part.trim();
      if (address && !seen.has(emailOf(address))) {
        seen.add(emailOf(address));
        out.push(address);
      }
    }
  }
  return out.join(', ');
}

type Blob = { getName(): string; getContentType(): string; getDataAsString(): string };

function fakeDraft(state: FakeGmailState, record: FakeDraftRecord): GoogleAppsScript.Gmail.GmailDraft {
  const draft = {
    getId: () => record.id,
    getMessageId: () => `${record.id}-message`,
    deleteDraft: () => {
      state.maybeFail('deleteDraft');
      record.deleted = true;
    },
    record,
  };
  return draft as unknown as GoogleAppsScript.Gmail.GmailDraft;
}

function attachmentsOf(options: GoogleAppsScript.Gmail.GmailAdvancedOptions | undefined): FakeDraftRecord['attachments'] {
  return ((options?.attachments ?? []) as unknown as Blob[]).map((blob) => ({ name: blob.getName(), contentType: blob.getContentType(), data: blob.getDataAsString() }));
}

function fakeLabel(name: string): GoogleAppsScript.Gmail.GmailLabel {
  return { getName: () => name } as unknown as GoogleAppsScript.Gmail.GmailLabel;
}

function fakeThread(state: FakeGmailState, threadId: string): GoogleAppsScript.Gmail.GmailThread {
  const thread = {
    getId: () => threadId,
    addLabel: (label: GoogleAppsScript.Gmail.GmailLabel) => {
      state.maybeFail('addLabel');
      const name = label.getName();
      if (!state.labels.has(name)) throw new Error(`Invalid argument: label ${name}`);
      const labels = state.threadLabels.get(threadId) ?? new Set<string>();
      labels.add(name);
      state.threadLabels.set(threadId, labels);
      return thread;
    },
    removeLabel: (label: GoogleAppsScript.Gmail.GmailLabel) => {
      state.threadLabels.get(threadId)?.delete(label.getName());
      return thread;
    },
    getLabels: () => state.labelsOf(threadId).map(fakeLabel),
    getMessages: () =>
      [...state.messages.values()]
        .filter((message) => message.threadId === threadId)
        .sort((a, b) => a.date.getTime() - b.date.getTime())
        .map((message) => fakeMessage(state, message)),
  };
  return thread as unknown as GoogleAppsScript.Gmail.GmailThread;
}

function fakeMessage(state: FakeGmailState, init: FakeMessageInit): GoogleAppsScript.Gmail.GmailMessage {
  const reply = (kind: 'reply' | 'reply-all', body: string, options?: GoogleAppsScript.Gmail.GmailReplyOptions) => {
    state.maybeFail(kind === 'reply' ? 'createDraftReply' : 'createDraftReplyAll');
    // createDraftReplyAll "replies to the sender using the reply-to address and all recipients of
    // this message" (Apps Script reference, GmailMessage): on the user's own message, the user is
    // the sender, so Gmail addresses the draft to them too. Nothing here drops them.
    const cc = addressList(kind === 'reply-all' ? init.cc : undefined, options?.cc);
    const record: FakeDraftRecord = {
      id: `draft-${state.drafts.length + 1}`,
      kind,
      threadId: init.threadId,
      inReplyTo: init.id,
      to: kind === 'reply' ? init.from : addressList(init.from, init.to),
      subject: options?.subject ?? `Re: ${init.subject}`,
      body,
      ...(options?.htmlBody ? { htmlBody: options.htmlBody } : {}),
      ...(cc ? { cc } : {}),
      attachments: [],
      deleted: false,
    };
    state.drafts.push(record);
    return fakeDraft(state, record);
  };
  const message = {
    getId: () => init.id,
    getThread: () => fakeThread(state, init.threadId),
    getSubject: () => init.subject,
    getPlainBody: () => init.body,
    getBody: () => init.body,
    getFrom: () => init.from,
    getTo: () => init.to,
    getCc: () => init.cc ?? '',
    getDate: () => init.date,
    isDraft: () => false,
    // "The header value, or an empty string if the header doesn't exist or couldn't be read" (Apps Script
    // reference, GmailMessage.getHeader); names are matched as RFC 5322 does, whatever their case.
    // Every message Gmail stores has a Message-ID (RFC 5322 §3.6.4), which a reply's threading needs.
    getHeader: (name: string) => {
      const headers: Record<string, string> = { 'Message-ID': messageIdHeader(init.id), ...init.headers };
      return Object.entries(headers).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1] ?? '';
    },
    getAttachments: () => (init.attachments ?? []).map((name) => ({ getName: () => name })),
    star: () => {
      state.maybeFail('star');
      state.starred.add(init.id);
      return message;
    },
    unstar: () => {
      state.starred.delete(init.id);
      return message;
    },
    createDraftReply: (body: string, options?: GoogleAppsScript.Gmail.GmailReplyOptions) => reply('reply', body, options),
    createDraftReplyAll: (body: string, options?: GoogleAppsScript.Gmail.GmailReplyOptions) => reply('reply-all', body, options),
  };
  return message as unknown as GoogleAppsScript.Gmail.GmailMessage;
}

export function fakeGmailApp(state: FakeGmailState): GoogleAppsScript.Gmail.GmailApp {
  let token: string | undefined;
  const app = {
    // "Gets a list of the emails that are set up as aliases for this account in Gmail" (Apps
    // Script reference, GmailApp.getAliases): the primary address is not among them.
    getAliases: () => [...state.aliases],
    setCurrentMessageAccessToken: (accessToken: string) => {
      token = accessToken;
      state.tokens.push(accessToken);
    },
    getMessageById: (id: string) => {
      state.maybeFail('getMessageById');
      if (!token) throw new Error('Access denied: : Missing access token for per message scope authorization.');
      const init = state.messages.get(id);
      if (!init) throw new Error(`Invalid argument: id`);
      return fakeMessage(state, init);
    },
    getThreadById: (id: string) => ([...state.messages.values()].some((message) => message.threadId === id) ? fakeThread(state, id) : null),
    getDraft: (id: string) => {
      const record = state.drafts.find((draft) => draft.id === id && !draft.deleted);
      if (!record) throw new Error('Invalid argument: draftId');
      return fakeDraft(state, record);
    },
    getUserLabelByName: (name: string) => (state.labels.has(name) ? fakeLabel(name) : null),
    createLabel: (name: string) => {
      state.maybeFail('createLabel');
      if (state.labels.has(name)) throw new Error('Label name exists or conflicts');
      state.labels.add(name);
      return fakeLabel(name);
    },
    createDraft: (recipient: string, subject: string, body: string, options?: GoogleAppsScript.Gmail.GmailAdvancedOptions) => {
      state.maybeFail('createDraft');
      const record: FakeDraftRecord = {
        id: `draft-${state.drafts.length + 1}`,
        kind: 'new',
        to: recipient,
        subject,
        body,
        ...(options?.htmlBody ? { htmlBody: options.htmlBody } : {}),
        ...(options?.cc ? { cc: options.cc } : {}),
        attachments: attachmentsOf(options),
        deleted: false,
      };
      state.drafts.push(record);
      return fakeDraft(state, record);
    },
  };
  return app as unknown as GoogleAppsScript.Gmail.GmailApp;
}

/** Unfolds a MIME header block into lower-case names and their values, encoded words decoded. */
function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  return headers;
}

function decodeWords(value: string): string {
  return value.replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/gi, (_, encoded: string) => decodeBase64(encoded));
}

/** A raw RFC 2822 message as the Gmail API reads it: headers, and each part of a multipart body decoded. */
export function parseRawMessage(raw: string): { headers: Record<string, string>; parts: Record<string, string> } {
  // Message.raw is "base64url encoded" (Gmail API reference, users.messages): "+" and "/" are not in that alphabet.
  if (/[+/]/.test(raw)) throw new Error('Invalid value at message.raw: not base64url');
  const text = decodeBase64(raw);
  const split = text.indexOf('\r\n\r\n');
  if (split < 0) throw new Error('Invalid RFC 2822 message: no blank line after the headers');
  const headers = parseHeaders(text.slice(0, split));
  const boundary = /boundary="([^"]+)"/.exec(headers['content-type'] ?? '')?.[1];
  const parts: Record<string, string> = {};
  const addPart = (partHeaders: Record<string, string>, body: string) => {
    const type = (partHeaders['content-type'] ?? 'text/plain').split(';')[0]!.trim();
    parts[type] = partHeaders['content-transfer-encoding'] === 'base64' ? decodeBase64(body) : body;
  };
  if (!boundary) addPart(headers, text.slice(split + 4));
  else {
    for (const chunk of text.slice(split + 4).split(`--${boundary}`)) {
      const end = chunk.indexOf('\r\n\r\n');
      if (end >= 0) addPart(parseHeaders(chunk.slice(0, end).trim()), chunk.slice(end + 4));
    }
  }
  return { headers, parts };
}

const bareSubject = (subject: string) => subject.replace(/^(?:re\s*:\s*)+/i, '').trim();

/**
 * The Gmail advanced service's users.drafts.create. A draft joins a thread only when "the requested
 * threadId is specified", "the References and In-Reply-To headers are set" and "the Subject headers
 * match" (Gmail API guide, "Managing threads"); otherwise it starts a thread of its own.
 */
export function fakeGmailApi(state: FakeGmailState): GoogleAppsScript.Gmail {
  const create = (resource: GoogleAppsScript.Gmail.Schema.Draft, userId: string) => {
    state.maybeFail('createDraftApi');
    if (userId !== 'me') throw new Error(`Delegation denied for ${userId}`);
    const { headers, parts } = parseRawMessage(resource.message?.raw ?? '');
    const original = [...state.messages.values()].find((message) => messageIdHeader(message.id) === headers['in-reply-to']);
    const threaded =
      resource.message?.threadId !== undefined &&
      original?.threadId === resource.message.threadId &&
      (headers.references ?? '').includes(headers['in-reply-to'] ?? '?') &&
      bareSubject(headers.subject ?? '') === bareSubject(original.subject);
    const record: FakeDraftRecord = {
      id: `draft-${state.drafts.length + 1}`,
      kind: 'api',
      ...(threaded ? { threadId: original!.threadId, inReplyTo: original!.id } : {}),
      to: headers.to ?? '',
      subject: headers.subject ?? '',
      body: parts['text/plain'] ?? '',
      ...(parts['text/html'] ? { htmlBody: parts['text/html'] } : {}),
      ...(headers.cc ? { cc: headers.cc } : {}),
      ...(headers.from ? { from: headers.from } : {}),
      attachments: [],
      deleted: false,
    };
    state.drafts.push(record);
    return { id: record.id, message: { id: `${record.id}-message`, ...(record.threadId ? { threadId: record.threadId } : {}) } };
  };
  return { Users: { Drafts: { create } } } as unknown as GoogleAppsScript.Gmail;
}
