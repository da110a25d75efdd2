/**
 * The core's Mailbox port over GmailApp. The open message is read with the event's access token
 * (the gmail.addons.current.message.* scopes need it); drafts are replies in the message's thread;
 * a follow-up is the nested label Relance/À suivre plus a star, since Gmail has no due-date flag.
 * In the compose window the "draft" is the open one: the reminder is kept for the card to insert.
 */
import type {
  DraftRequest,
  DraftResult,
  FlagResult,
  FollowUpListing,
  FollowUpRecord,
  FollowUpWrite,
  IsoDate,
  MailMessage,
  PromiseRecord,
  RecordVersion,
  SentMessage,
  StoredFollowUp,
  SyncFollowUpStore,
  SyncMailbox,
} from '../../core';
import { type Ledger, type LedgerCapacity, ledgerOfListing, type LedgerStorage, MailboxError, storageCapacity } from '../../core';
import { autoReplyHeaders } from './auto-reply-headers';
import { lastClientMessage } from './client-thread';
import { parseAddressList } from './parse-address-list';
import { replyMime, replySubject } from './reply-mime';
import { hostCall } from './to-mailbox-error';

/** Separates the text and HTML parts; hyphens never occur in base64, so no part can contain it. */
const mimeBoundary = 'relance-part-boundary-7f3a';

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
  private ownAddresses: Set<string> | undefined;

  constructor(
    private readonly gmail: GoogleAppsScript.Gmail.GmailApp,
    /** The Gmail API (Apps Script's advanced service), for the one reply GmailApp cannot write. */
    private readonly gmailApi: GoogleAppsScript.Gmail | undefined,
    private readonly utilities: GoogleAppsScript.Utilities.Utilities,
    private readonly store: SyncFollowUpStore & { usage(): LedgerStorage },
    private readonly context: GmailMailboxContext,
  ) {}

  private dayOf(date: GoogleAppsScript.Base.Date): string {
    return this.utilities.formatDate(date, this.context.timeZone, 'yyyy-MM-dd');
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
        // Gmail message ids do not change when the message is moved or labelled.
        stableId: message.getId(),
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
      // On the client's message, a reply addresses the client. On the user's own message (the
      // invoice they sent), a reply would address the user, and GmailApp's reply-all addresses the
      // user too: the reply goes to everyone else on it, written through the Gmail API.
      const fromUser = this.isUser(hostCall(() => message.getFrom()));
      const created = fromUser ? this.replyToOthers(message, draft) : hostCall(() => message.createDraftReply(draft.text, options));
      this.lastDraft = created;
      return { draftId: hostCall(() => created.getId()), mode: 'reply-all' };
    }
    // In the client's thread (opened by id, no message token needed): a reply to their last message
    // there; a thread holding only the user's messages gets a new message, as no thread was found.
    const clientMessage = draft.inThread ? lastClientMessage(this.gmail, draft.inThread, (from) => this.isUser(from), (date) => this.dayOf(date)) : undefined;
    if (clientMessage) {
      const reply = hostCall(() => clientMessage.message.createDraftReply(draft.text, options));
      this.lastDraft = reply;
      return { draftId: hostCall(() => reply.getId()), mode: 'reply-all' };
    }
    const to = draft.to.map((address) => address.email).join(',');
    const created = hostCall(() => this.gmail.createDraft(to, draft.subject, draft.text, options));
    this.lastDraft = created;
    return { draftId: hostCall(() => created.getId()), mode: 'new-message' };
  }

  /**
   * A reply in the thread of the user's own message, to its recipients and copies less the user and
   * their aliases (the client's contact when no one else is left), from the address it went out
   * from. GmailApp cannot write it: its reply-all keeps the user, and GmailDraft.update drops the
   * thread; the Gmail API takes the message whole, with its thread id.
   */
  private replyToOthers(message: GoogleAppsScript.Gmail.GmailMessage, draft: DraftRequest): GoogleAppsScript.Gmail.GmailDraft {
    const others = (header: string) => parseAddressList(header).filter((address) => !this.own().has(address.email.trim().toLowerCase()));
    const { utilities } = this;
    const base64 = (text: string) => utilities.base64Encode(text, utilities.Charset.UTF_8);
    const raw = hostCall(() => {
      const to = others(message.getTo());
      const cc = [...others(message.getCc()), ...(draft.cc ?? [])];
      const messageId = message.getHeader('Message-ID');
      const from = parseAddressList(message.getFrom())[0];
      return replyMime(
        {
          ...(from ? { from } : {}),
          to: to.length > 0 || cc.length > 0 ? to : draft.to,
          cc,
          subject: replySubject(message.getSubject()),
          inReplyTo: messageId,
          references: [message.getHeader('References'), messageId].filter(Boolean).join(' '),
          text: draft.text,
          html: draft.html,
        },
        base64,
        mimeBoundary,
      );
    });
    const api = this.gmailApi;
    if (!api) throw new MailboxError('host-error', 'the Gmail advanced service is not enabled (appsscript.json, dependencies.enabledAdvancedServices)');
    const threadId = hostCall(() => message.getThread().getId());
    const created = hostCall(() => api.Users.Drafts.create({ message: { threadId, raw: utilities.base64EncodeWebSafe(raw, utilities.Charset.UTF_8) } }, 'me'));
    if (!created.id) throw new MailboxError('host-error', 'the Gmail API returned a draft without an id');
    const id = created.id;
    return hostCall(() => this.gmail.getDraft(id));
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

  listRecords(): FollowUpListing {
    return this.store.list();
  }

  /** The log as the cards read it: one entry per invoice, its history derived from its events. */
  ledger(): Ledger {
    return ledgerOfListing(this.store.list());
  }

  /** How full the user's properties are, for the warning shown before a write fails. */
  capacity(): LedgerCapacity {
    return storageCapacity(this.store.usage());
  }

  readRecord(key: string): StoredFollowUp {
    return this.store.get(key);
  }

  writeRecord(key: string, record: FollowUpRecord, version: RecordVersion): FollowUpWrite {
    return this.store.write(key, record, version);
  }

  removeRecord(key: string, version: RecordVersion): void {
    this.store.remove(key, version);
  }

  /** The user's own messages in the thread on or after a day, drafts left out: the reminders really sent. */
  sentInThread(threadId: string, since: IsoDate): SentMessage[] {
    const thread = hostCall(() => this.gmail.getThreadById(threadId));
    if (!thread) return [];
    return hostCall(() =>
      thread
        .getMessages()
        .filter((message) => !message.isDraft() && this.isUser(message.getFrom()))
        .map((message) => ({ on: this.utilities.formatDate(message.getDate(), this.context.timeZone, 'yyyy-MM-dd'), messageId: message.getId() }))
        .filter((message) => message.on >= since),
    );
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

  /**
   * The user's own addresses: the account's, and the send-as aliases Gmail lists for it (an
   * invoice often goes out from a shared accounts address). Read once per call.
   */
  private own(): Set<string> {
    if (!this.ownAddresses) {
      let aliases: string[] = [];
      try {
        aliases = this.gmail.getAliases();
      } catch {
        // Without gmail.modify (an organisation may remove it) aliases cannot be listed: the
        // account's own address still tells the user's messages apart, as far as it can.
      }
      this.ownAddresses = new Set([this.context.userEmail ?? '', ...aliases].map((address) => address.trim().toLowerCase()).filter(Boolean));
    }
    return this.ownAddresses;
  }

  /**
   * The user's address as this message shows it: the alias it was sent from when the user sent it,
   * else the account's. What the core compares with to tell the user's side from the client's.
   */
  userAddressFor(message: MailMessage): string | undefined {
    return this.isUser(message.from.email) ? message.from.email : this.context.userEmail;
  }

  /** Whether a From header is the user's own address or one of their aliases. */
  isUser(fromHeader: string): boolean {
    const from = parseAddressList(fromHeader)[0]?.email.trim().toLowerCase();
    return Boolean(from && this.own().has(from));
  }
}
