/**
 * The core's Mailbox port over Office.js: reads the open message, opens the reminder as a reply-all
 * or inserts it into the open draft, flags through Graph (or a category, or the log only), and keeps
 * the promise log in roaming settings with a marker on the reply itself.
 */
import {
  type DraftRequest,
  type DraftResult,
  type FlagResult,
  type IsoDate,
  type Ledger,
  type LedgerEntry,
  ledgerWithoutRecord,
  ledgerWithRecord,
  type MailAddress,
  type Mailbox,
  MailboxError,
  type MailboxHintCode,
  type MailMessage,
  parseInternetHeaders,
  type PromiseRecord,
  readLedgerRecord,
  type RecordVersion,
  type RecordWrite,
  type StoredRecord,
} from '../../core';
import { localIsoDate } from '../app/local-iso-date';
import { type CallQueue, createCallQueue } from '../office/call-queue';
import { officeAsync } from '../office/office-async';
import { fromOfficeError, type OfficeErrorLike } from '../office/office-error';
import { type AddressDetails, type ComposeItem, isReadItem, type MailItem, type OfficeHost, type ReadItem } from '../office/office-host';
import type { GraphClient } from './graph-client';
import { createRoamingLedgerStore, type LedgerStore } from './roaming-ledger-store';

export const relanceCategory = 'Relance';
export const promisePropertyName = 'relancePromise';

export type OutlookMailboxOptions = {
  host: OfficeHost;
  /** The local calendar day; the shell's clock. */
  today: () => IsoDate;
  queue?: CallQueue;
  store?: LedgerStore;
  /** Present when a Graph client id is configured and the host supports NAA. */
  graph?: GraphClient;
  /** Why there is no Graph client, told to the user when a flag falls back. */
  graphUnavailable?: MailboxHintCode;
  /** The user's time zone, for the flag's dates. */
  timeZone?: string;
};

const address = (details: AddressDetails | null | undefined): MailAddress | undefined =>
  details?.emailAddress ? { email: details.emailAddress, ...(details.displayName ? { name: details.displayName } : {}) } : undefined;

const addresses = (list: AddressDetails[] | null | undefined): MailAddress[] =>
  (list ?? []).map(address).filter((value): value is MailAddress => value !== undefined);

export class OutlookMailbox implements Mailbox {
  readonly ledgerLimitBytes: number;
  private readonly host: OfficeHost;
  private readonly queue: CallQueue;
  private readonly store: LedgerStore;
  private readonly options: OutlookMailboxOptions;

  constructor(options: OutlookMailboxOptions) {
    this.options = options;
    this.host = options.host;
    this.queue = options.queue ?? createCallQueue();
    this.store = options.store ?? createRoamingLedgerStore(options.host.context.roamingSettings, this.queue);
    this.ledgerLimitBytes = this.store.limitBytes;
  }

  get userEmail(): string | undefined {
    return this.host.context.mailbox.userProfile.emailAddress || undefined;
  }

  get userName(): string | undefined {
    return this.host.context.mailbox.userProfile.displayName || undefined;
  }

  /** True when the pane runs beside a message being written. */
  get isCompose(): boolean {
    const item = this.host.context.mailbox.item;
    return !!item && !isReadItem(item);
  }

  private supports(version: string): boolean {
    return this.host.context.requirements.isSetSupported('Mailbox', version);
  }

  private item(): MailItem {
    const item = this.host.context.mailbox.item;
    if (!item) throw new MailboxError('item-not-found', 'no item selected');
    return item;
  }

  private call<T>(operation: string, start: Parameters<typeof officeAsync<T>>[2]): Promise<T> {
    return officeAsync<T>(this.queue, operation, start);
  }

  async readMessage(): Promise<MailMessage> {
    const item = this.item();
    return isReadItem(item) ? this.readOpenMessage(item) : this.readDraft(item);
  }

  /** The headers tell an automatic reply from a person's; without them (before Mailbox 1.8, or on failure) the wording decides. */
  private async readHeaders(item: ReadItem): Promise<Record<string, string> | undefined> {
    const getHeaders = item.getAllInternetHeadersAsync;
    if (!this.supports('1.8') || !getHeaders) return undefined;
    return this.call<string>('getAllInternetHeadersAsync', (callback) => getHeaders.call(item, callback)).then(parseInternetHeaders, () => undefined);
  }

  private async readOpenMessage(item: ReadItem): Promise<MailMessage> {
    const body = await this.call<string>('body.getAsync', (callback) => item.body.getAsync(this.host.CoercionType.Text, callback));
    const headers = await this.readHeaders(item);
    return {
      ...(headers ? { headers } : {}),
      id: item.itemId,
      ...(item.conversationId ? { threadId: item.conversationId } : {}),
      subject: item.subject ?? '',
      body,
      from: address(item.from) ?? { email: '' },
      to: addresses(item.to),
      cc: addresses(item.cc),
      receivedOn: localIsoDate(item.dateTimeCreated),
      attachmentNames: (item.attachments ?? []).map((attachment) => attachment.name),
    };
  }

  private async readDraft(item: ComposeItem): Promise<MailMessage> {
    const optional = <T>(promise: Promise<T>, fallback: T) => promise.catch(() => fallback);
    const [subject, body, to, cc, id, attachments] = await Promise.all([
      this.call<string>('subject.getAsync', (callback) => item.subject.getAsync(callback)),
      this.call<string>('body.getAsync', (callback) => item.body.getAsync(this.host.CoercionType.Text, callback)),
      this.call<AddressDetails[]>('to.getAsync', (callback) => item.to.getAsync(callback)),
      this.call<AddressDetails[]>('cc.getAsync', (callback) => item.cc.getAsync(callback)),
      // A new message has no id until it is saved: that is not an error here.
      item.getItemIdAsync && this.supports('1.8')
        ? optional(this.call<string>('getItemIdAsync', (callback) => item.getItemIdAsync!(callback)), '')
        : Promise.resolve(''),
      item.getAttachmentsAsync && this.supports('1.8')
        ? optional(this.call<{ name: string }[]>('getAttachmentsAsync', (callback) => item.getAttachmentsAsync!(callback)), [])
        : Promise.resolve([]),
    ]);
    const profile = this.host.context.mailbox.userProfile;
    return {
      id,
      ...(item.conversationId ? { threadId: item.conversationId } : {}),
      subject,
      body,
      from: { email: profile.emailAddress, ...(profile.displayName ? { name: profile.displayName } : {}) },
      to: addresses(to),
      cc: addresses(cc),
      receivedOn: this.options.today(),
      attachmentNames: attachments.map((attachment) => attachment.name),
    };
  }

  async createDraft(draft: DraftRequest): Promise<DraftResult> {
    const item = this.item();
    if (!isReadItem(item)) return this.insertIntoDraft(item, draft);
    if (draft.replyTo && draft.replyTo === item.itemId) {
      const formData: Office.ReplyFormData = { htmlBody: draft.html };
      if (this.supports('1.9') && item.displayReplyAllFormAsync) {
        await this.call<void>('displayReplyAllFormAsync', (callback) => item.displayReplyAllFormAsync!(formData, callback));
      } else {
        this.sync('displayReplyAllForm', () => item.displayReplyAllForm(formData));
      }
      return { mode: 'reply-all' };
    }
    const mailbox = this.host.context.mailbox;
    const form: Office.MessageForm = {
      toRecipients: draft.to.map((recipient) => recipient.email),
      ccRecipients: (draft.cc ?? []).map((recipient) => recipient.email),
      subject: draft.subject,
      htmlBody: draft.html,
    };
    if (this.supports('1.9') && mailbox.displayNewMessageFormAsync) {
      await this.call<void>('displayNewMessageFormAsync', (callback) => mailbox.displayNewMessageFormAsync!(form, callback));
    } else {
      this.sync('displayNewMessageForm', () => mailbox.displayNewMessageForm(form));
    }
    return { mode: 'new-message' };
  }

  private sync(operation: string, action: () => void): void {
    try {
      action();
    } catch (error) {
      throw fromOfficeError(error as OfficeErrorLike, operation);
    }
  }

  /**
   * Inserts at the cursor, so the quoted thread below stays; the subject is written only when the
   * draft has none (a reply keeps its own, and with it the thread). A failed save is not fatal:
   * the text is in the open draft, and the missing draftId tells the pane it is not saved yet.
   */
  private async insertIntoDraft(item: ComposeItem, draft: DraftRequest): Promise<DraftResult> {
    const { Html, Text } = this.host.CoercionType;
    const type = await this.call<Office.CoercionType>('body.getTypeAsync', (callback) => item.body.getTypeAsync(callback));
    const html = String(type) === String(Html);
    await this.call<void>('body.setSelectedDataAsync', (callback) =>
      item.body.setSelectedDataAsync(html ? draft.html : draft.text, { coercionType: html ? Html : Text }, callback),
    );
    const subject = await this.call<string>('subject.getAsync', (callback) => item.subject.getAsync(callback));
    if (!subject.trim()) await this.call<void>('subject.setAsync', (callback) => item.subject.setAsync(draft.subject, callback));
    try {
      const draftId = await this.call<string>('saveAsync', (callback) => item.saveAsync(callback));
      return { mode: 'inserted', ...(draftId ? { draftId } : {}) };
    } catch {
      return { mode: 'inserted' };
    }
  }

  async flagForFollowUp(messageId: string, dueOn: IsoDate): Promise<FlagResult> {
    const { graph } = this.options;
    if (graph && messageId) {
      try {
        const restId = this.host.context.mailbox.convertToRestId(messageId, this.host.MailboxEnums.RestVersion.v2_0);
        const today = this.options.today();
        const timeZone = this.options.timeZone ?? 'UTC';
        const at = (day: IsoDate) => ({ dateTime: `${day}T09:00:00`, timeZone });
        await graph.patch(`/me/messages/${encodeURIComponent(restId)}`, {
          flag: { flagStatus: 'flagged', startDateTime: at(today < dueOn ? today : dueOn), dueDateTime: at(dueOn) },
        });
        return { mode: 'flag' };
      } catch (error) {
        // Without consent the add-in still works: the category and the log keep the date.
        const code = error instanceof MailboxError ? error.code : undefined;
        if (code !== 'consent-required' && code !== 'not-authorized') throw error;
        return { mode: await this.categorize(), hint: 'consent-required' };
      }
    }
    const mode = await this.categorize();
    return { mode, hint: this.options.graphUnavailable ?? 'graph-not-configured' };
  }

  /** Tags the open message with the Relance category, creating it in the master list when allowed. */
  private async categorize(): Promise<'category' | 'log-only'> {
    const item = this.host.context.mailbox.item;
    const categories = item?.categories;
    if (!categories || !this.supports('1.8')) return 'log-only';
    const add = () => this.call<void>('categories.addAsync', (callback) => categories.addAsync([relanceCategory], callback));
    try {
      await add();
      return 'category';
    } catch {
      const master = this.host.context.mailbox.masterCategories;
      if (!master) return 'log-only';
      try {
        // Needs ReadWriteMailbox, which this add-in does not ask for: an admin or the user creates it.
        await this.call<void>('masterCategories.addAsync', (callback) =>
          master.addAsync([{ displayName: relanceCategory, color: this.host.MailboxEnums.CategoryColor.Preset4 }], callback),
        );
        await add();
        return 'category';
      } catch {
        return 'log-only';
      }
    }
  }

  async listRecords(): Promise<Ledger> {
    return this.store.load();
  }

  async readRecord(invoiceNumber: string): Promise<StoredRecord> {
    return readLedgerRecord(this.store.load(), invoiceNumber);
  }

  async writeRecord(entry: LedgerEntry, version: RecordVersion): Promise<RecordWrite> {
    const { ledger, write } = ledgerWithRecord(this.store.load(), entry, version, this.ledgerLimitBytes);
    await this.store.save(ledger);
    return write;
  }

  async removeRecord(invoiceNumber: string, version: RecordVersion): Promise<void> {
    await this.store.save(ledgerWithoutRecord(this.store.load(), invoiceNumber, version));
  }

  private async customProperties() {
    const item = this.item();
    return this.call('loadCustomPropertiesAsync', (callback: Parameters<MailItem['loadCustomPropertiesAsync']>[0]) =>
      item.loadCustomPropertiesAsync(callback),
    );
  }

  /** Marks the open reply with the promise it carries, so reopening it shows that it is logged. */
  async markReply(messageId: string, record: PromiseRecord): Promise<void> {
    // Custom properties belong to the open item: a pinned pane that moved on must not mark another message.
    const item = this.item();
    if (!isReadItem(item) || item.itemId !== messageId) throw new MailboxError('item-not-found', 'the reply is no longer the open item');
    const properties = await this.customProperties();
    properties.set(promisePropertyName, JSON.stringify(record));
    await this.call<void>('customProperties.saveAsync', (callback) => properties.saveAsync(callback));
  }

  /** The promise logged from the open reply, if any. */
  async readReplyMark(): Promise<PromiseRecord | undefined> {
    const properties = await this.customProperties();
    const value = properties.get(promisePropertyName);
    if (typeof value !== 'string' || !value) return undefined;
    try {
      return JSON.parse(value) as PromiseRecord;
    } catch {
      return undefined;
    }
  }
}
