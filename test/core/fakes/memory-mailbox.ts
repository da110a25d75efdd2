// An in-memory Mailbox port (synchronous, as Apps Script's) that records what the use cases asked of it.
import { type DraftRequest, emptyLedger, type Ledger, type LedgerEntry, ledgerWithoutRecord, ledgerWithRecord, type Mailbox, type MailMessage, type PromiseRecord, readLedgerRecord, type SyncMailbox } from '../../../src/core';
import { type MailboxMethod } from '../../../src/core/mailbox/mailbox';

export class MemoryMailbox implements SyncMailbox {
  readonly drafts: DraftRequest[] = [];
  readonly flags: Array<{ messageId: string; dueOn: string }> = [];
  readonly marks: Array<{ messageId: string; record: PromiseRecord }> = [];
  stored: string = JSON.stringify(emptyLedger());
  constructor(
    readonly message: MailMessage,
    readonly ledgerLimitBytes = 32 * 1024,
  ) {}

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
  listRecords(): Ledger {
    return JSON.parse(this.stored) as Ledger;
  }
  readRecord(invoiceNumber: string) {
    return readLedgerRecord(this.listRecords(), invoiceNumber);
  }
  writeRecord(entry: LedgerEntry, version: string) {
    const { ledger, write } = ledgerWithRecord(this.listRecords(), entry, version, this.ledgerLimitBytes);
    this.stored = JSON.stringify(ledger);
    return write;
  }
  removeRecord(invoiceNumber: string, version: string): void {
    this.stored = JSON.stringify(ledgerWithoutRecord(this.listRecords(), invoiceNumber, version));
  }
}

const methods: MailboxMethod[] = ['readMessage', 'createDraft', 'flagForFollowUp', 'markReply', 'listRecords', 'readRecord', 'writeRecord', 'removeRecord'];

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
