// An in-memory Mailbox that records what the use cases asked of it, with failures on demand.
import { emptyLedger, MailboxError, type DraftRequest, type Ledger, type Mailbox, type MailMessage } from '../../../src/core';

export class MemoryMailbox implements Mailbox {
  readonly drafts: DraftRequest[] = [];
  readonly flags: Array<{ messageId: string; dueOn: string }> = [];
  stored: string = JSON.stringify(emptyLedger());
  failSave = false;
  constructor(
    readonly message: MailMessage,
    readonly ledgerLimitBytes = 32 * 1024,
  ) {}

  async readMessage(): Promise<MailMessage> {
    return this.message;
  }
  async createDraft(draft: DraftRequest) {
    this.drafts.push(draft);
    return { mode: draft.replyTo ? ('reply-all' as const) : ('new-message' as const), draftId: `draft-${this.drafts.length}` };
  }
  async flagForFollowUp(messageId: string, dueOn: string) {
    this.flags.push({ messageId, dueOn });
    return { mode: 'flag' as const };
  }
  async loadLedger(): Promise<Ledger> {
    return JSON.parse(this.stored) as Ledger;
  }
  async saveLedger(ledger: Ledger) {
    if (this.failSave) throw new MailboxError('server-error');
    this.stored = JSON.stringify(ledger);
    return { usedBytes: this.stored.length, limitBytes: this.ledgerLimitBytes };
  }
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
