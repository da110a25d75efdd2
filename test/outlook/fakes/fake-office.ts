/**
 * The unit tests' handle on the one fake Outlook host (playground/fake-office/create-fake-office.ts,
 * which the playground runs too): seeds its mailbox with one message or one draft, injects
 * failures, and shows what the host holds afterwards. No Office behaviour lives here.
 */
import type { SampleAddress, SampleMessage } from '../../../examples/mailbox/mailbox-types';
import { exchangeItemId } from '../../../examples/mailbox/exchange-id';
import { createFakeOffice, type FakeOffice as FakeOfficeHost, withoutInlineCss } from '../../../playground/fake-office/create-fake-office';
import { officeErrors, type OfficeErrorSpec } from '../../../playground/fake-office/office-errors';
import { MailboxStore } from '../../../playground/mailbox/mailbox-store';
import type { AddressDetails, OfficeHost } from '../../../src/outlook/office/office-host';

export { officeErrors, type OfficeErrorSpec, withoutInlineCss };

export const roamingSettingsLimitBytes = 32 * 1024;

const owner = { emailAddress: 'paul.martin@atelier-martin.fr', displayName: 'Paul Martin' };

/** The id of the test's message: as long as an Exchange id, with "/" and "+". */
export const messageId = exchangeItemId('unit-message', 'inbox', owner.emailAddress);

export type FakeMessage = {
  itemId: string;
  conversationId: string;
  subject: string;
  body: string;
  from: AddressDetails;
  to: AddressDetails[];
  cc: AddressDetails[];
  dateTimeCreated: Date;
  attachments: string[];
  /** The header block `getAllInternetHeadersAsync` gives (Mailbox 1.8, RFC 2183 text, typings of Office.MessageRead). */
  internetHeaders?: string;
};

export type FakeOfficeOptions = {
  mode?: 'read' | 'compose' | 'none';
  /**
   * `Office.context.diagnostics.platform`. On "Android" and "iOS" Outlook supports Mailbox 1.5 at
   * most, and `displayReplyAllForm`, `displayNewMessageForm` and `convertToRestId` are not supported
   * ("Outlook JavaScript APIs supported in Outlook on mobile devices"; typings of each method).
   */
  platform?: 'OfficeOnline' | 'PC' | 'Mac' | 'Android' | 'iOS';
  /** The open item belongs to this owner's shared mailbox or delegated folder (`getSharedPropertiesAsync`, Mailbox 1.8). */
  sharedOwner?: string;
  /** Highest Mailbox requirement set supported, e.g. '1.8'. */
  mailboxVersion?: string;
  nestedAppAuth?: boolean;
  displayLanguage?: string;
  message?: Partial<FakeMessage>;
  /** Compose mode: the draft as the user has it open (`body` is HTML unless `bodyType` is text). */
  draft?: { subject?: string; bodyType?: 'html' | 'text'; body?: string; cursor?: number; saved?: boolean };
  masterCategories?: string[];
  /** masterCategories.addAsync needs ReadWriteMailbox; false emulates a ReadWriteItem add-in (Relance). */
  canEditMasterCategories?: boolean;
  roaming?: Record<string, unknown>;
  /** `timeZone` is the Windows name Outlook gives (typings of `UserProfile.timeZone`). */
  user?: { emailAddress: string; displayName: string; timeZone?: string };
};

const defaultMessage: FakeMessage = {
  itemId: messageId,
  conversationId: 'AAQkAGI2conv=',
  subject: 'Facture F-2026-0142',
  body: 'Bonjour,\nVeuillez trouver ci-joint la facture F-2026-0142.\n',
  from: { emailAddress: 'claire.durand@boulangeries-durand.fr', displayName: 'Claire Durand' },
  to: [{ emailAddress: owner.emailAddress, displayName: owner.displayName }],
  cc: [],
  dateTimeCreated: new Date(2026, 2, 16, 10, 30),
  attachments: ['F-2026-0142.pdf'],
};

/** A Storage in memory, as localStorage is in the playground. */
export function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, String(value)),
  };
}

const sample = (details: AddressDetails): SampleAddress => ({ email: details.emailAddress, name: details.displayName });
const stamp = (date: Date) => {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

export class FakeOffice {
  readonly host: OfficeHost;
  readonly office: FakeOfficeHost;
  readonly store: MailboxStore;
  /** The message open for reading; in compose mode, the message the draft replies to. */
  readonly messageId: string;
  /** The draft open in compose mode. */
  readonly draftId: string | undefined;
  private readonly calls: string[] = [];
  private readonly failures = new Map<string, OfficeErrorSpec[]>();
  private readonly throws = new Map<string, OfficeErrorSpec>();

  constructor(options: FakeOfficeOptions = {}) {
    const message = { ...defaultMessage, ...options.message };
    const user = options.user ?? owner;
    const seeded: SampleMessage = {
      id: message.itemId,
      conversationId: message.conversationId,
      folder: 'inbox',
      subject: message.subject,
      body: message.body,
      from: sample(message.from),
      to: message.to.map(sample),
      cc: message.cc.map(sample),
      sentAt: stamp(message.dateTimeCreated),
      attachments: message.attachments,
      ...(message.internetHeaders !== undefined ? { internetHeaders: message.internetHeaders } : {}),
      categories: [],
      read: false,
      ...(message.internetHeaders !== undefined ? { internetHeaders: message.internetHeaders } : {}),
    };
    this.store = new MailboxStore(memoryStorage(), {
      today: stamp(message.dateTimeCreated).slice(0, 10),
      owner: sample(user),
      messages: [seeded],
      masterCategories: (options.masterCategories ?? []).map((displayName) => ({ displayName, color: 'Preset0' })),
    });
    this.messageId = seeded.id;
    if (options.roaming) this.store.saveRoamingSettings(structuredClone(options.roaming));
    const mode = options.mode ?? 'read';
    if (mode === 'compose') {
      const draft = options.draft ?? {};
      const opened = this.store.createBlank({
        conversationId: message.conversationId,
        subject: draft.subject ?? '',
        to: message.to.map(sample),
        cc: message.cc.map(sample),
        content: draft.body ?? '',
        bodyType: draft.bodyType ?? 'html',
      });
      this.store.placeCursor(opened.id, draft.cursor ?? 0);
      if (draft.saved) this.store.saveDraft(opened.id);
      this.draftId = opened.id;
    }
    const itemId = mode === 'read' ? this.messageId : mode === 'compose' ? this.draftId : undefined;
    this.office = createFakeOffice({
      store: this.store,
      host: {
        mailboxVersion: options.mailboxVersion ?? '1.13',
        nestedAppAuth: options.nestedAppAuth ?? false,
        displayLanguage: options.displayLanguage ?? 'fr-FR',
        latencyMs: 0,
        permission: options.canEditMasterCategories ? 'ReadWriteMailbox' : 'ReadWriteItem',
        ...(options.platform ? { platform: options.platform } : {}),
        ...(options.sharedOwner ? { sharedOwner: options.sharedOwner } : {}),
        // A user given without a time zone has none in the profile.
        ...(options.user ? { timeZone: options.user.timeZone ?? null } : {}),
      },
      ...(itemId ? { itemId } : {}),
      setTimeout: (handler, ms) => setTimeout(handler, ms),
      failure: (operation) => this.failures.get(operation)?.shift() ?? this.throws.get(operation),
      onCall: (call) => void this.calls.push(call.operation),
    });
    this.host = this.office;
  }

  /** The next `times` calls of `operation` fail with this Office error. */
  fail(operation: string, error: OfficeErrorSpec, times = 1): this {
    this.failures.set(operation, [...(this.failures.get(operation) ?? []), ...Array.from({ length: times }, () => error)]);
    return this;
  }

  /** A synchronous method throws, as Office.js does for bad arguments or missing APIs. */
  throwOn(operation: string, error: OfficeErrorSpec): this {
    this.throws.set(operation, error);
    return this;
  }

  /** What the add-in asked of the host, and what the host now holds. */
  get state() {
    const { store, office } = this;
    const draftId = this.draftId;
    return {
      calls: [...this.calls],
      maxConcurrent: office.maxConcurrent,
      replyAllForms: office.forms.flatMap((form) => (form.kind === 'reply-all' ? [form.formData] : [])),
      newMessageForms: office.forms.flatMap((form) => (form.kind === 'new-message' ? [form.form] : [])),
      categories: store.require(this.messageId).categories,
      masterCategories: store.masterCategories().map((category) => category.displayName),
      savedCustomProperties: store.customProperties(this.messageId),
      savedRoaming: store.roamingSettings(),
      /** The draft open in compose mode, as it is now. */
      get draft() {
        if (!draftId) throw new Error('No draft: the fake was not opened in compose mode');
        const draft = store.require(draftId);
        const text = store.bodyType(draftId) === 'text';
        return { subject: draft.subject, bodyType: store.bodyType(draftId), body: text ? draft.body : store.draftHtml(draftId), saved: store.isSaved(draftId) };
      },
    };
  }
}
