/**
 * The core's Mailbox port over Office.js: reads the open message, opens the reminder as a reply-all
 * or inserts it into the open draft, flags through Graph (or a category, or the log only), and keeps
 * the promise log in roaming settings with a marker on the reply itself.
 */
import {
  type DraftRequest,
  type DraftResult,
  type FlagResult,
  type FollowUpListing,
  type FollowUpRecord,
  type FollowUpStore,
  type FollowUpWrite,
  type IsoDate,
  type Ledger,
  type LedgerCapacity,
  ledgerOfListing,
  storageCapacity,
  type MailAddress,
  type Mailbox,
  MailboxError,
  type MailboxHintCode,
  type MailMessage,
  parseInternetHeaders,
  type PromiseRecord,
  type RecordVersion,
  type SentMessage,
  type StoredFollowUp,
} from '../../core';
import { localIsoDate } from '../app/local-iso-date';
import { type CallQueue, createCallQueue } from '../office/call-queue';
import { officeAsync } from '../office/office-async';
import { fromOfficeError, type OfficeErrorLike } from '../office/office-error';
import { type AddressDetails, type ComposeItem, isReadItem, type MailItem, type OfficeHost, type ReadItem } from '../office/office-host';
import type { GraphClient } from './graph-client';
import type { DriveClient } from './graph-drive-client';
import type { SignInOutcome } from './naa-token';
import { createOneDriveFollowUpStore } from './onedrive-follow-up-store';
import { createRoamingFollowUpStore } from './roaming-follow-up-store';
import { withRoamingMoved } from './roaming-to-onedrive';

export const relanceCategory = 'Relance';
export const promisePropertyName = 'relancePromise';

export type OutlookMailboxOptions = {
  host: OfficeHost;
  /** The local calendar day; the shell's clock. */
  today: () => IsoDate;
  queue?: CallQueue;
  store?: FollowUpStore;
  /** Present when a Graph client id is configured and the host supports NAA. */
  graph?: GraphClient;
  /** Graph requests for the OneDrive app folder and the sent items, with the same token as `graph`. */
  drive?: DriveClient;
  /** Why there is no Graph client, told to the user when a flag falls back. */
  graphUnavailable?: MailboxHintCode;
  /** A time zone for the flag's dates when Outlook gives none in `userProfile.timeZone`. */
  timeZone?: string;
  /** Starts the interactive sign-in; present with Graph. Call it from a click only. */
  signIn?: () => Promise<SignInOutcome>;
};

/** Outlook on Android and iOS: Mailbox 1.5 at most, no reply forms, no convertToRestId ("Outlook JavaScript APIs supported in Outlook on mobile devices"). */
const mobilePlatforms = ['Android', 'iOS'];

const address = (details: AddressDetails | null | undefined): MailAddress | undefined =>
  details?.emailAddress ? { email: details.emailAddress, ...(details.displayName ? { name: details.displayName } : {}) } : undefined;

const addresses = (list: AddressDetails[] | null | undefined): MailAddress[] =>
  (list ?? []).map(address).filter((value): value is MailAddress => value !== undefined);

export class OutlookMailbox implements Mailbox {
  private readonly host: OfficeHost;
  private readonly queue: CallQueue;
  /** OneDrive's app folder when Graph is configured, roaming settings otherwise (ARCHITECTURE, decision 2). */
  readonly store: FollowUpStore;
  private readonly options: OutlookMailboxOptions;

  constructor(options: OutlookMailboxOptions) {
    this.options = options;
    this.host = options.host;
    this.queue = options.queue ?? createCallQueue();
    this.store =
      options.store ??
      (options.drive
        ? withRoamingMoved(createOneDriveFollowUpStore(options.drive), options.host.context.roamingSettings, this.queue)
        : createRoamingFollowUpStore(options.host.context.roamingSettings, this.queue));
  }

  get userEmail(): string | undefined {
    return this.host.context.mailbox.userProfile.emailAddress || undefined;
  }

  get userName(): string | undefined {
    return this.host.context.mailbox.userProfile.displayName || undefined;
  }

  /** True on Outlook for Android or iOS, where drafts cannot be opened and Graph ids cannot be converted. */
  get isMobile(): boolean {
    return mobilePlatforms.includes(String(this.host.context.diagnostics?.platform ?? ''));
  }

  /** Present when Graph is set up: the pane offers a "Sign in" button that calls it from the click. */
  get signIn(): (() => Promise<SignInOutcome>) | undefined {
    return this.options.signIn;
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
    // A reminder for a client (Today) answers no open message: no item is needed for it.
    const item = draft.replyTo === undefined ? this.host.context.mailbox.item : this.item();
    if (this.isMobile) throw new MailboxError('unsupported', 'no reply or new-message form on Outlook mobile');
    if (item && !isReadItem(item)) return this.insertIntoDraft(item, draft);
    // With Graph, a draft that answers no open message is saved straight in Drafts.
    if (draft.replyTo === undefined && this.options.drive) return this.saveDraftWithGraph(this.options.drive, draft);
    if (item && draft.replyTo && draft.replyTo === item.itemId) {
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

  /**
   * The draft saved in Drafts through Graph: a reply to all in the client's thread when it is known
   * and found (`createReplyAll`, its body given as `message.body`, never with `comment`: both is a
   * 400, "message: createReplyAll"), else a new message (`POST /me/messages`). Both answer 201.
   */
  private async saveDraftWithGraph(drive: DriveClient, draft: DraftRequest): Promise<DraftResult> {
    const recipients = (list: MailAddress[]) => list.map((recipient) => ({ emailAddress: { address: recipient.email, ...(recipient.name ? { name: recipient.name } : {}) } }));
    const headers = { 'Content-Type': 'application/json', Prefer: 'IdType="ImmutableId"' };
    const body = { contentType: 'HTML', content: draft.html };
    const last = draft.inThread ? await this.lastInThread(drive, draft.inThread) : undefined;
    if (last) {
      const reply = await drive.request('POST', `/me/messages/${encodeURIComponent(last)}/createReplyAll`, {
        headers,
        body: JSON.stringify({ message: { toRecipients: recipients(draft.to), ...(draft.cc?.length ? { ccRecipients: recipients(draft.cc) } : {}), body } }),
      });
      const id = (reply.json as { id?: string } | undefined)?.id;
      if (reply.status === 201) return { mode: 'reply-all', saved: true, ...(id ? { draftId: id } : {}) };
      // 404: the message left the mailbox since it was listed; a new message still reaches the client.
    }
    const created = await drive.request('POST', '/me/messages', {
      headers,
      body: JSON.stringify({ subject: draft.subject, toRecipients: recipients(draft.to), ccRecipients: recipients(draft.cc ?? []), body }),
    });
    if (created.status !== 201) throw new MailboxError(created.status === 404 ? 'item-not-found' : 'host-error', `graph ${created.status}`);
    const id = (created.json as { id?: string } | undefined)?.id;
    return { mode: 'new-message', saved: true, ...(id ? { draftId: id } : {}) };
  }

  /**
   * The newest message of a conversation that is not a draft. Sorted here, not with `$orderby`:
   * Graph refuses an `$orderby` on a property absent from the `$filter` ("InefficientFilter",
   * "List messages" page).
   */
  private async lastInThread(drive: DriveClient, threadId: string): Promise<string | undefined> {
    const filter = `conversationId eq '${threadId.replace(/'/g, "''")}'`;
    const response = await drive.request('GET', `/me/messages?$select=id,receivedDateTime,isDraft&$top=50&$filter=${encodeURIComponent(filter)}`, {
      headers: { Prefer: 'IdType="ImmutableId"' },
    });
    const items = (response.json as { value?: { id?: string; receivedDateTime?: string; isDraft?: boolean }[] } | undefined)?.value ?? [];
    const sent = items.filter((message) => message.id && !message.isDraft).sort((a, b) => (b.receivedDateTime ?? '').localeCompare(a.receivedDateTime ?? ''));
    return sent[0]?.id;
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
    // Mobile has neither convertToRestId nor categories (Mailbox 1.5): the log keeps the date.
    if (this.isMobile) return { mode: 'log-only', hint: 'mobile' };
    if (graph && messageId) {
      const owner = await this.sharedOwner();
      try {
        const restId = this.host.context.mailbox.convertToRestId(messageId, this.host.MailboxEnums.RestVersion.v2_0);
        const today = this.options.today();
        // Graph takes Windows zone names (and only some IANA ones): Outlook gives the Windows one.
        const timeZone = this.host.context.mailbox.userProfile.timeZone || this.options.timeZone || 'UTC';
        const at = (day: IsoDate) => ({ dateTime: `${day}T09:00:00`, timeZone });
        // A shared mailbox's or a delegate's item lives in its owner's mailbox, not in /me.
        const base = owner ? `/users/${encodeURIComponent(owner)}` : '/me';
        await graph.patch(`${base}/messages/${encodeURIComponent(restId)}`, {
          flag: { flagStatus: 'flagged', startDateTime: at(today < dueOn ? today : dueOn), dueDateTime: at(dueOn) },
        });
        return { mode: 'flag' };
      } catch (error) {
        // Without consent or sign-in the add-in still works: the category and the log keep the date.
        const code = error instanceof MailboxError ? error.code : undefined;
        if (code === 'sign-in-required') return { mode: await this.categorize(), hint: 'sign-in-required' };
        // In another's mailbox, 403 and 404 mean Graph may not reach it, not that the message is gone.
        if (owner && (code === 'item-not-found' || code === 'consent-required' || code === 'not-authorized')) {
          return { mode: await this.categorize(), hint: 'shared-mailbox' };
        }
        if (code !== 'consent-required' && code !== 'not-authorized') throw error;
        return { mode: await this.categorize(), hint: 'consent-required' };
      }
    }
    const mode = await this.categorize();
    return { mode, hint: this.options.graphUnavailable ?? 'graph-not-configured' };
  }

  /** The owner of a shared mailbox's or a delegate's item (Mailbox 1.8); undefined for the user's own. */
  private async sharedOwner(): Promise<string | undefined> {
    const item = this.host.context.mailbox.item;
    const getShared = item?.getSharedPropertiesAsync;
    if (!item || !getShared || !this.supports('1.8')) return undefined;
    try {
      const shared = await this.call<Pick<Office.SharedProperties, 'owner'>>('getSharedPropertiesAsync', (callback) => getShared.call(item, callback));
      const owner = shared.owner?.trim();
      return owner && owner.toLowerCase() !== this.userEmail?.toLowerCase() ? owner : undefined;
    } catch {
      return undefined;
    }
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

  listRecords(): Promise<FollowUpListing> {
    return this.store.list();
  }

  /** The log as the pane reads it: one entry per invoice, its history derived from its events. */
  async ledger(): Promise<Ledger> {
    return ledgerOfListing(await this.store.list());
  }

  /** How full roaming settings are; undefined in OneDrive, which has room for any log. */
  capacity(): LedgerCapacity | undefined {
    const store = this.store as FollowUpStore & { capacity?: () => { usedBytes: number; limitBytes: number } };
    return store.capacity ? storageCapacity(store.capacity()) : undefined;
  }

  /** True when sent reminders can be seen in the conversation (Graph); otherwise the pane asks "Envoyée ?". */
  get seesSentItems(): boolean {
    return Boolean(this.options.drive);
  }

  readRecord(key: string): Promise<StoredFollowUp> {
    return this.store.get(key);
  }

  writeRecord(key: string, record: FollowUpRecord, version: RecordVersion): Promise<FollowUpWrite> {
    return this.store.write(key, record, version);
  }

  removeRecord(key: string, version: RecordVersion): Promise<void> {
    return this.store.remove(key, version);
  }

  /**
   * With Graph, the conversation's sent items on or after a day, with immutable ids (they survive a
   * move: HOST-FACTS, Outlook). Without Graph the host cannot tell: the pane asks the user instead.
   */
  async sentInThread(threadId: string, since: IsoDate): Promise<SentMessage[]> {
    const drive = this.options.drive;
    if (!drive) return [];
    const filter = `conversationId eq '${threadId.replace(/'/g, "''")}' and sentDateTime ge ${since}T00:00:00Z`;
    const response = await drive.request('GET', `/me/mailFolders/sentitems/messages?$select=id,sentDateTime&$filter=${encodeURIComponent(filter)}`, {
      headers: { Prefer: 'IdType="ImmutableId"' },
    });
    const items = (response.json as { value?: { id?: string; sentDateTime?: string }[] } | undefined)?.value ?? [];
    return items.flatMap((item) => (item.sentDateTime ? [{ on: localIsoDate(new Date(item.sentDateTime)), ...(item.id ? { messageId: item.id } : {}) }] : []));
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
