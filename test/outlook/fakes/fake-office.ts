/**
 * A typed fake of the Office.js surface the Outlook shell uses. Callbacks arrive asynchronously,
 * failures come as AsyncResults with status "failed" and an Office.Error (code, name, message),
 * requirement sets can be switched off, roaming settings refuse more than 32 KB (error 9057 thrown
 * by `set`), and Outlook on the web's limit of three concurrent calls is enforced.
 */
import type {
  AddressDetails,
  Callback,
  ComposeItem,
  CustomPropertiesLike,
  MailItem,
  OfficeHost,
  ReadItem,
  RoamingSettingsLike,
} from '../../../src/outlook/office/office-host';

// One table of Office errors for the playground's host and this one, as the documentation words them.
import { officeErrors, type OfficeErrorSpec } from '../../../playground/fake-office/office-errors';

export { officeErrors, type OfficeErrorSpec };

export const roamingSettingsLimitBytes = 32 * 1024;

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
  /** Compose mode: the draft as the user has it open. */
  draft?: { subject?: string; bodyType?: 'html' | 'text'; body?: string; cursor?: number; saved?: boolean };
  masterCategories?: string[];
  /** masterCategories.addAsync needs ReadWriteMailbox; false emulates a ReadWriteItem add-in. */
  canEditMasterCategories?: boolean;
  roaming?: Record<string, unknown>;
  /** `timeZone` is the Windows name Outlook gives (typings of `UserProfile.timeZone`). */
  user?: { emailAddress: string; displayName: string; timeZone?: string };
};

export type FakeOfficeState = {
  calls: string[];
  maxConcurrent: number;
  replyAllForms: Office.ReplyFormData[];
  newMessageForms: Office.MessageForm[];
  categories: string[];
  masterCategories: string[];
  customProperties: Record<string, unknown>;
  savedCustomProperties: Record<string, unknown>;
  roaming: Record<string, unknown>;
  savedRoaming: Record<string, unknown>;
  draft: { subject: string; bodyType: 'html' | 'text'; body: string; cursor: number; saves: number };
};

const versionAtLeast = (have: string, want: string) => {
  const [haveMajor = 0, haveMinor = 0] = have.split('.').map(Number);
  const [wantMajor = 0, wantMinor = 0] = want.split('.').map(Number);
  return haveMajor > wantMajor || (haveMajor === wantMajor && haveMinor >= wantMinor);
};

const defaultMessage: FakeMessage = {
  itemId: 'AAMkAGI2TG93AAA=',
  conversationId: 'AAQkAGI2conv=',
  subject: 'Facture F-2026-0142',
  body: 'Bonjour,\nVeuillez trouver ci-joint la facture F-2026-0142.\n',
  from: { emailAddress: 'claire.durand@boulangeries-durand.fr', displayName: 'Claire Durand' },
  to: [{ emailAddress: 'paul.martin@atelier-martin.fr', displayName: 'Paul Martin' }],
  cc: [],
  dateTimeCreated: new Date(2026, 2, 16, 10, 30),
  attachments: ['F-2026-0142.pdf'],
};

export class FakeOffice {
  readonly state: FakeOfficeState;
  readonly host: OfficeHost;
  private readonly failures = new Map<string, OfficeErrorSpec[]>();
  private readonly throws = new Map<string, OfficeErrorSpec>();
  private inFlight = 0;
  private readonly message: FakeMessage;
  private readonly options: FakeOfficeOptions;

  constructor(options: FakeOfficeOptions = {}) {
    this.options = options;
    this.message = { ...defaultMessage, ...options.message };
    const draft = options.draft ?? {};
    this.state = {
      calls: [],
      maxConcurrent: 0,
      replyAllForms: [],
      newMessageForms: [],
      categories: [],
      masterCategories: [...(options.masterCategories ?? [])],
      customProperties: {},
      savedCustomProperties: {},
      roaming: { ...(options.roaming ?? {}) },
      savedRoaming: structuredClone(options.roaming ?? {}),
      draft: {
        subject: draft.subject ?? '',
        bodyType: draft.bodyType ?? 'html',
        body: draft.body ?? '',
        cursor: draft.cursor ?? 0,
        saves: draft.saved ? 1 : 0,
      },
    };
    const mode = options.mode ?? 'read';
    const item = mode === 'read' ? this.readItem() : mode === 'compose' ? this.composeItem() : null;
    const user = options.user ?? { emailAddress: 'paul.martin@atelier-martin.fr', displayName: 'Paul Martin', timeZone: 'Romance Standard Time' };
    const unsupported = (operation: string) => () => this.syncCall(operation, () => {
      throw officeErrors.apiNotSupported;
    });
    this.host = {
      context: {
        displayLanguage: options.displayLanguage ?? 'fr-FR',
        diagnostics: { platform: options.platform ?? 'OfficeOnline' },
        requirements: { isSetSupported: (name, version = '1.1') => this.isSetSupported(name, version) },
        roamingSettings: this.roamingSettings(),
        mailbox: {
          item,
          userProfile: user,
          convertToRestId: this.mobile ? unsupported('convertToRestId') as () => string : (id) => id.replace(/\//g, '-').replace(/\+/g, '_'),
          displayNewMessageForm: this.mobile
            ? unsupported('displayNewMessageForm')
            : (form) => this.syncCall('displayNewMessageForm', () => this.state.newMessageForms.push(form)),
          ...(this.supports('1.9')
            ? { displayNewMessageFormAsync: (form: Office.MessageForm, callback: Callback<void>) => this.respond('displayNewMessageFormAsync', callback, () => void this.state.newMessageForms.push(form)) }
            : {}),
          ...(this.supports('1.8')
            ? {
                masterCategories: {
                  addAsync: (categories: Office.CategoryDetails[], callback: Callback<void>) =>
                    this.respond('masterCategories.addAsync', callback, () => {
                      if (!options.canEditMasterCategories) throw officeErrors.permission;
                      this.state.masterCategories.push(...categories.map((category) => category.displayName));
                    }),
                },
              }
            : {}),
        },
      },
      CoercionType: { Html: 'html' as Office.CoercionType, Text: 'text' as Office.CoercionType },
      MailboxEnums: {
        RestVersion: { v2_0: 'v2.0' as Office.MailboxEnums.RestVersion },
        CategoryColor: { Preset4: 'Preset4' as unknown as Office.MailboxEnums.CategoryColor },
      },
    };
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

  private get mobile(): boolean {
    return this.options.platform === 'Android' || this.options.platform === 'iOS';
  }

  private supports(version: string): boolean {
    const highest = this.mobile ? '1.5' : (this.options.mailboxVersion ?? '1.13');
    return versionAtLeast(highest, version);
  }

  private isSetSupported(name: string, version: string): boolean {
    if (name === 'Mailbox') return this.supports(version);
    if (name === 'NestedAppAuth') return this.options.nestedAppAuth ?? false;
    return false;
  }

  private syncCall(operation: string, action: () => void): void {
    this.state.calls.push(operation);
    const error = this.throws.get(operation);
    if (error) throw Object.assign(new Error(error.message), error);
    action();
  }

  /** Answers like Office.js: later, on a new task, with an AsyncResult. */
  private respond<T>(operation: string, callback: Callback<T> | undefined, produce: () => T): void {
    this.state.calls.push(operation);
    this.inFlight += 1;
    this.state.maxConcurrent = Math.max(this.state.maxConcurrent, this.inFlight);
    const overLimit = this.inFlight > 3;
    setTimeout(() => {
      this.inFlight -= 1;
      const queued = this.failures.get(operation);
      const injected = overLimit ? officeErrors.tooManyCalls : queued?.shift();
      let result: Office.AsyncResult<T>;
      if (injected) result = failedResult<T>(injected);
      else {
        try {
          result = { status: 'succeeded' as unknown as Office.AsyncResultStatus, value: produce(), error: undefined as unknown as Office.Error, asyncContext: undefined, diagnostics: undefined };
        } catch (error) {
          result = failedResult<T>(error as OfficeErrorSpec);
        }
      }
      callback?.(result);
    }, 0);
  }

  private readItem(): ReadItem {
    const message = this.message;
    const item: ReadItem = {
      itemId: message.itemId,
      conversationId: message.conversationId,
      subject: message.subject,
      from: message.from,
      to: message.to,
      cc: message.cc,
      dateTimeCreated: message.dateTimeCreated,
      attachments: message.attachments.map((name) => ({ name })),
      body: { getAsync: (coercion, callback) => this.respond('body.getAsync', callback, () => (String(coercion) === 'text' ? message.body : `<p>${message.body}</p>`)) },
      displayReplyAllForm: (formData) =>
        this.syncCall('displayReplyAllForm', () => {
          if (this.mobile) throw officeErrors.apiNotSupported;
          this.state.replyAllForms.push(formData);
        }),
      loadCustomPropertiesAsync: (callback) => this.respond('loadCustomPropertiesAsync', callback, () => this.customProperties()),
      ...(this.supports('1.8') ? { categories: this.categories() } : {}),
      ...(this.supports('1.8') && this.options.sharedOwner ? { getSharedPropertiesAsync: this.sharedProperties(this.options.sharedOwner) } : {}),
    };
    if (this.supports('1.9')) {
      item.displayReplyAllFormAsync = (formData, callback) => this.respond('displayReplyAllFormAsync', callback, () => void this.state.replyAllForms.push(formData));
    }
    return item;
  }

  private composeItem(): ComposeItem {
    const draft = this.state.draft;
    const message = this.message;
    const recipients = (list: AddressDetails[]) => ({ getAsync: (callback: Callback<AddressDetails[]>) => this.respond('recipients.getAsync', callback, () => list) });
    const item: ComposeItem = {
      conversationId: message.conversationId,
      subject: {
        getAsync: (callback) => this.respond('subject.getAsync', callback, () => draft.subject),
        setAsync: (subject, callback) => this.respond('subject.setAsync', callback, () => void (draft.subject = subject)),
      },
      to: recipients(message.to),
      cc: recipients(message.cc),
      body: {
        getAsync: (_coercion, callback) => this.respond('body.getAsync', callback, () => draft.body.replace(/<[^>]+>/g, '')),
        getTypeAsync: (callback) => this.respond('body.getTypeAsync', callback, () => draft.bodyType as Office.CoercionType),
        setSelectedDataAsync: (data, options, callback) =>
          this.respond('body.setSelectedDataAsync', callback, () => {
            const html = String(options.coercionType) === 'html';
            if (html && draft.bodyType !== 'html') throw officeErrors.invalidCoercion;
            // "The setSelectedDataAsync method doesn't support inline CSS" (typings): the styles are lost.
            const inserted = html ? withoutInlineCss(data) : data;
            draft.body = draft.body.slice(0, draft.cursor) + inserted + draft.body.slice(draft.cursor);
            draft.cursor += inserted.length;
          }),
      },
      saveAsync: (callback) =>
        this.respond('saveAsync', callback, () => {
          draft.saves += 1;
          return 'AAMkDraft0001=';
        }),
      loadCustomPropertiesAsync: (callback) => this.respond('loadCustomPropertiesAsync', callback, () => this.customProperties()),
      ...(this.supports('1.8') && this.options.sharedOwner ? { getSharedPropertiesAsync: this.sharedProperties(this.options.sharedOwner) } : {}),
      ...(this.supports('1.8')
        ? {
            categories: this.categories(),
            getItemIdAsync: (callback: Callback<string>) =>
              this.respond('getItemIdAsync', callback, () => {
                // Typings of getItemIdAsync: "ItemNotSaved: The ID can't be retrieved until the item is saved."
                if (draft.saves === 0) throw officeErrors.itemNotSaved;
                return 'AAMkDraft0001=';
              }),
            getAttachmentsAsync: (callback: Callback<{ name: string }[]>) => this.respond('getAttachmentsAsync', callback, () => []),
          }
        : {}),
    };
    return item;
  }

  private sharedProperties(owner: string): NonNullable<MailItem['getSharedPropertiesAsync']> {
    return (callback) => this.respond('getSharedPropertiesAsync', callback, () => ({ owner }));
  }

  private categories(): NonNullable<MailItem['categories']> {
    return {
      addAsync: (categories, callback) =>
        this.respond('categories.addAsync', callback, () => {
          if (categories.some((category) => !this.state.masterCategories.includes(category))) throw officeErrors.invalidCategory;
          this.state.categories.push(...categories);
        }),
    };
  }

  private customProperties(): CustomPropertiesLike {
    const state = this.state;
    return {
      get: (name) => state.customProperties[name],
      set: (name, value) => void (state.customProperties[name] = value),
      remove: (name) => void delete state.customProperties[name],
      saveAsync: (callback) => this.respond('customProperties.saveAsync', callback, () => void (state.savedCustomProperties = { ...state.customProperties })),
    };
  }

  private roamingSettings(): RoamingSettingsLike {
    const state = this.state;
    return {
      get: (name) => state.roaming[name],
      set: (name, value) => {
        const next = { ...state.roaming, [name]: value };
        if (new TextEncoder().encode(JSON.stringify(next)).length > roamingSettingsLimitBytes) {
          throw Object.assign(new Error(officeErrors.sizeLimit.message), officeErrors.sizeLimit);
        }
        state.roaming = next;
      },
      remove: (name) => void delete state.roaming[name],
      saveAsync: (callback) => this.respond('roamingSettings.saveAsync', callback, () => void (state.savedRoaming = structuredClone(state.roaming))),
    };
  }
}

/** Drops `style` attributes, as Outlook does not keep inline CSS from `setSelectedDataAsync`. */
export function withoutInlineCss(html: string): string {
  return html.replace(/\sstyle\s*=\s*(?:"[^"]*"|'[^']*')/gi, '');
}

function failedResult<T>(error: OfficeErrorSpec): Office.AsyncResult<T> {
  return {
    status: 'failed' as unknown as Office.AsyncResultStatus,
    error: { ...error } as Office.Error,
    value: undefined as T,
    asyncContext: undefined,
    diagnostics: undefined,
  };
}
