/**
 * A GmailApp that keeps a small mailbox in memory and records what the add-on did to it: drafts
 * (replies in their thread, or new), labels, stars. Like Gmail for an add-on, the open message
 * can be read only after setCurrentMessageAccessToken; a user label must exist to be applied and
 * cannot be created twice. `failures` makes a named call throw, as an Apps Script service would.
 */
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
  kind: 'reply' | 'reply-all' | 'new';
  threadId?: string;
  inReplyTo?: string;
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  cc?: string;
  attachments: { name: string; contentType: string; data: string }[];
  deleted: boolean;
};

type Failable = 'getMessageById' | 'createDraftReply' | 'createDraftReplyAll' | 'createDraft' | 'addLabel' | 'star' | 'createLabel' | 'deleteDraft';

export class FakeGmailState {
  readonly messages = new Map<string, FakeMessageInit>();
  readonly drafts: FakeDraftRecord[] = [];
  readonly labels = new Set<string>();
  readonly threadLabels = new Map<string, Set<string>>();
  readonly starred = new Set<string>();
  readonly tokens: string[] = [];
  readonly calls: string[] = [];
  failures: Partial<Record<Failable, Error>> = {};
  /** The user's own address, for reply-all. */
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

function emailOf(address: string): string {
  return (/<([^>]+)>/.exec(address)?.[1] ?? address).trim().toLowerCase();
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
  };
  return thread as unknown as GoogleAppsScript.Gmail.GmailThread;
}

function fakeMessage(state: FakeGmailState, init: FakeMessageInit): GoogleAppsScript.Gmail.GmailMessage {
  const reply = (kind: 'reply' | 'reply-all', body: string, options?: GoogleAppsScript.Gmail.GmailReplyOptions) => {
    state.maybeFail(kind === 'reply' ? 'createDraftReply' : 'createDraftReplyAll');
    const others = [init.from, ...init.to.split(','), ...(init.cc ?? '').split(',')].map((a) => a.trim()).filter((a) => a && emailOf(a) !== state.userEmail);
    const record: FakeDraftRecord = {
      id: `draft-${state.drafts.length + 1}`,
      kind,
      threadId: init.threadId,
      inReplyTo: init.id,
      to: kind === 'reply' ? init.from : [...new Set(others)].join(', '),
      subject: options?.subject ?? `Re: ${init.subject}`,
      body,
      ...(options?.htmlBody ? { htmlBody: options.htmlBody } : {}),
      ...(options?.cc ? { cc: options.cc } : {}),
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
    // "The header value, or an empty string if the header doesn't exist or couldn't be read" (Apps Script
    // reference, GmailMessage.getHeader); names are matched as RFC 5322 does, whatever their case.
    getHeader: (name: string) => Object.entries(init.headers ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1] ?? '',
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
