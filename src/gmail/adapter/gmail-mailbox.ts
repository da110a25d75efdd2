/**
 * The core's Mailbox port over GmailApp. The open message is read with the event's access token
 * (the gmail.addons.current.message.* scopes need it); drafts are replies in the message's thread;
 * a follow-up is the nested label Relance/À suivre plus a star, since Gmail has no due-date flag.
 * In the compose window the "draft" is the open one: the reminder is kept for the card to insert.
 */
import type { DraftRequest, DraftResult, FlagResult, IsoDate, Ledger, LedgerEntry, MailMessage, PromiseRecord, RecordVersion, RecordWrite, StoredRecord, SyncMailbox } from '../../core';
import { ledgerWithoutRecord, ledgerWithRecord, MailboxError, readLedgerRecord } from '../../core';
import { autoReplyHeaders } from './auto-reply-headers';
import { parseAddressList } from './parse-address-list';
import { hostCall } from './to-mailbox-error';
import type { UserPropertiesLedgerStore } from './user-properties-ledger-store';

export const labelNames = { parent: 'Relance', followUp: 'Relance/À suivre', promise: 'Relance/Promesse' } as const;

export type GmailMailboxContext = {
  messageId?: string;
  accessToken?: string;
  timeZone: string;
  userEmail?: string;
  /** True in the compose window: createDraft fills the open draft instead of making a new one. */
  compose?: boolean;
};

export class GmailMailbox implements SyncMailbox {
  /** The draft made by the last createDraft, for the compose action response that opens it. */
  lastDraft: GoogleAppsScript.Gmail.GmailDraft | undefined;
  /** In the compose window: what createDraft asked to put in the open draft. */
  pendingInsert: DraftRequest | undefined;
  private tokenSet = false;

  constructor(
    private readonly gmail: GoogleAppsScript.Gmail.GmailApp,
    private readonly utilities: GoogleAppsScript.Utilities.Utilities,
    private readonly store: UserPropertiesLedgerStore,
    private readonly context: GmailMailboxContext,
  ) {}

  get ledgerLimitBytes(): number {
    return this.store.limitBytes;
  }

  private message(messageId: string): GoogleAppsScript.Gmail.GmailMessage {
    if (!this.tokenSet && this.context.accessToken) {
      const token = this.context.accessToken;
      hostCall(() => this.gmail.setCurrentMessageAccessToken(token));
      this.tokenSet = true;
    }
    const message = hostCall(() => this.gmail.getMessageById(messageId));
    if (!message) throw new MailboxError('item-not-found', messageId);
    return message;
  }

  readMessage(): MailMessage {
    const { messageId } = this.context;
    if (!messageId) throw new MailboxError('item-not-found', 'no open message');
    const message = this.message(messageId);
    return hostCall(() => {
      const from = parseAddressList(message.getFrom())[0] ?? { email: '' };
      return {
        id: message.getId(),
        threadId: message.getThread().getId(),
        subject: message.getSubject(),
        body: message.getPlainBody(),
        from,
        to: parseAddressList(message.getTo()),
        cc: parseAddressList(message.getCc()),
        receivedOn: this.utilities.formatDate(message.getDate(), this.context.timeZone, 'yyyy-MM-dd'),
        attachmentNames: message.getAttachments({ includeInlineImages: false }).map((attachment) => attachment.getName()),
        headers: autoReplyHeaders((name) => message.getHeader(name)),
      };
    });
  }

  createDraft(draft: DraftRequest): DraftResult {
    if (this.context.compose) {
      this.pendingInsert = draft;
      return { mode: 'inserted' };
    }
    const options = { htmlBody: draft.html, ...(draft.cc && draft.cc.length > 0 ? { cc: draft.cc.map((a) => a.email).join(',') } : {}) };
    if (draft.replyTo) {
      const message = this.message(draft.replyTo);
      // On the user's own message (the invoice they sent), "reply" would address the user: reply-all
      // addresses the invoice's recipients. On the client's message, reply addresses the client.
      const fromUser = this.isUser(hostCall(() => message.getFrom()));
      const created = hostCall(() => (fromUser ? message.createDraftReplyAll(draft.text, options) : message.createDraftReply(draft.text, options)));
      this.lastDraft = created;
      return { draftId: hostCall(() => created.getId()), mode: 'reply-all' };
    }
    const to = draft.to.map((address) => address.email).join(',');
    const created = hostCall(() => this.gmail.createDraft(to, draft.subject, draft.text, options));
    this.lastDraft = created;
    return { draftId: hostCall(() => created.getId()), mode: 'new-message' };
  }

  flagForFollowUp(messageId: string, _dueOn: IsoDate): FlagResult {
    const message = this.message(messageId);
    this.labelThreadOf(message, labelNames.followUp);
    hostCall(() => message.star());
    return { mode: 'label' };
  }

  /** Gmail keeps no property on a message for an add-on: the thread goes under Relance/Promesse. */
  markReply(messageId: string, _record: PromiseRecord): void {
    this.labelThreadOf(this.message(messageId), labelNames.promise);
  }

  /** A draft to the user with a file attached (the log export), for Gmail to open. */
  createFileDraft(input: { to: string; subject: string; body: string; file: { name: string; mimeType: string; content: string } }): GoogleAppsScript.Gmail.GmailDraft {
    const blob = hostCall(() => this.utilities.newBlob(input.file.content, input.file.mimeType, input.file.name));
    const draft = hostCall(() => this.gmail.createDraft(input.to, input.subject, input.body, { attachments: [blob] }));
    this.lastDraft = draft;
    return draft;
  }

  listRecords(): Ledger {
    return this.store.load();
  }

  readRecord(invoiceNumber: string): StoredRecord {
    return readLedgerRecord(this.store.load(), invoiceNumber);
  }

  writeRecord(entry: LedgerEntry, version: RecordVersion): RecordWrite {
    const { ledger, write } = ledgerWithRecord(this.store.load(), entry, version, this.ledgerLimitBytes);
    this.store.save(ledger);
    return write;
  }

  removeRecord(invoiceNumber: string, version: RecordVersion): void {
    this.store.save(ledgerWithoutRecord(this.store.load(), invoiceNumber, version));
  }

  private labelThreadOf(message: GoogleAppsScript.Gmail.GmailMessage, labelName: string): void {
    const label = this.ensureLabel(labelName);
    hostCall(() => message.getThread().addLabel(label));
  }

  private ensureLabel(name: string): GoogleAppsScript.Gmail.GmailLabel {
    const existing = hostCall(() => this.gmail.getUserLabelByName(name));
    if (existing) return existing;
    const parent = name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : undefined;
    if (parent && !hostCall(() => this.gmail.getUserLabelByName(parent))) hostCall(() => this.gmail.createLabel(parent));
    return hostCall(() => this.gmail.createLabel(name));
  }

  private isUser(fromHeader: string): boolean {
    const me = this.context.userEmail?.trim().toLowerCase();
    const from = parseAddressList(fromHeader)[0]?.email.toLowerCase();
    return Boolean(me && from && me === from);
  }
}
