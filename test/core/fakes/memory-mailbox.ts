// An in-memory Mailbox port (synchronous, as Apps Script's) that records what the use cases asked of it.
import {
  type DraftRequest,
  type FollowUpRecord,
  followUpKey,
  type Ledger,
  ledgerOfListing,
  type Mailbox,
  type MailMessage,
  type PromiseRecord,
  type SentMessage,
  type SyncMailbox,
} from '../../../src/core';
import { recordFromEntry } from '../../../src/core/follow-up/migrate-ledger';
import { type MailboxMethod } from '../../../src/core/mailbox/mailbox';
import { MemoryFollowUpStore } from './memory-follow-up-store';

export class MemoryMailbox implements SyncMailbox {
  readonly drafts: DraftRequest[] = [];
  readonly flags: Array<{ messageId: string; dueOn: string }> = [];
  readonly marks: Array<{ messageId: string; record: PromiseRecord }> = [];
  /** The user's own messages in each thread, for `sentInThread`. */
  readonly sent = new Map<string, SentMessage[]>();
  store: MemoryFollowUpStore;
  constructor(
    readonly message: MailMessage,
    readonly limitBytes = 32 * 1024,
  ) {
    this.store = new MemoryFollowUpStore(limitBytes);
  }

  /** The log as a v1 ledger of views, as JSON: what tests compare. Setting it follows those invoices. */
  get stored(): string {
    return JSON.stringify(ledgerOfListing(this.store.list()));
  }
  set stored(json: string) {
    this.store = new MemoryFollowUpStore(this.limitBytes);
    for (const entry of (JSON.parse(json) as Ledger).entries) this.store.put(followUpKey(entry.client, entry.invoice), recordFromEntry(entry));
  }

  readMessage(): MailMessage {
    return this.message;
  }
  createDraft(draft: DraftRequest) {
    this.drafts.push(draft);
    return { mode: draft.replyTo ? ('reply-all' as const) : ('new-message' as const), draftId: `draft-${this.drafts.length}` };
  }
  flagForFollowUp(messageId: string, dueOn: string) {
    this.flags.push({ messageId, dueOn });
    return { mode: 'flag' as const };
  }
  markReply(messageId: string, record: PromiseRecord): void {
    this.marks.push({ messageId, record });
  }
  listRecords() {
    return this.store.list();
  }
  readRecord(key: string) {
    return this.store.get(key);
  }
  writeRecord(key: string, record: FollowUpRecord, version: string) {
    return this.store.write(key, record, version);
  }
  removeRecord(key: string, version: string): void {
    this.store.remove(key, version);
  }
  sentInThread(threadId: string, since: string): SentMessage[] {
    return (this.sent.get(threadId) ?? []).filter((message) => message.on >= since);
  }
}

const methods: MailboxMethod[] = ['readMessage', 'createDraft', 'flagForFollowUp', 'markReply', 'listRecords', 'readRecord', 'writeRecord', 'removeRecord', 'sentInThread'];

/** The same port answering with Promises, as Office.js does. */
export function asAsync(port: SyncMailbox): Mailbox {
  return Object.fromEntries(methods.map((method) => [method, async (...args: unknown[]) => (port[method] as (...a: unknown[]) => unknown)(...args)])) as Mailbox;
}

export const replyMessage: MailMessage = {
  id: 'reply-1',
  threadId: 'thread-1',
  subject: 'RE: Facture F-2026-0142',
  body: 'Bonjour, le virement partira le 10 avril. Cordialement, Claire Durand',
  from: { name: 'Claire Durand', email: 'c.durand@boulangeries-durand.fr' },
  to: [{ name: 'Sophie Martin', email: 'sophie.martin@atelier-lumen.fr' }],
  cc: [],
  receivedOn: '2026-04-02',
  attachmentNames: [],
};
