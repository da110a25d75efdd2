/**
 * The one fake Outlook host (Office.js) of the project: the unit tests (through
 * test/outlook/fakes/fake-office.ts) and the playground's task pane run on it. It answers like
 * Outlook on the web and never kinder; each behaviour names its source (../../shared/HOST-FACTS.md,
 * the typings of @types/office-js, or an official page):
 * - callbacks on a later task with an AsyncResult ("succeeded"/"failed" and an Office.Error with its
 *   code) (typings of `Office.AsyncResult`);
 * - at most three calls in flight, a fourth fails (HOST-FACTS: "Outlook on the web runs at most 3
 *   async calls at once per add-in");
 * - requirement sets decide which methods exist (each method's "Minimum requirement set" in the typings);
 * - roaming settings: 32 KB, `set` throws 9057 beyond; loaded once when the pane starts, `saveAsync`
 *   writes the whole set, so two panes overwrite each other (HOST-FACTS, roaming settings);
 * - item ids of about 150 characters that change when the item moves (HOST-FACTS; the mailbox store);
 * - `getItemIdAsync` on a form never saved fails with ItemNotSaved (HOST-FACTS; typings);
 * - `masterCategories.addAsync` needs ReadWriteMailbox (HOST-FACTS; typings);
 * - each draft has its own body type; HTML into a plain-text body fails with InvalidFormatError,
 *   and inserted HTML loses its inline CSS (typings of `Body.setSelectedDataAsync`);
 * - reply and new-message forms only open a form: nothing is in Drafts until it is saved (HOST-FACTS).
 * - Outlook on Android and iOS (`platform`): Mailbox 1.5 at most, and no reply form, no new-message
 *   form, no convertToRestId ("Outlook JavaScript APIs supported in Outlook on mobile devices");
 * - an item of a shared or delegated mailbox (`sharedOwner`) tells its owner through
 *   `getSharedPropertiesAsync` (Mailbox 1.8, typings of Office.SharedProperties);
 * - `userProfile.timeZone` is a Windows time zone name (typings of Office.UserProfile).
 */
import type {
  AddressDetails,
  Callback,
  ComposeItem,
  CustomPropertiesLike,
  MailboxLike,
  OfficeHost,
  ReadItem,
  RoamingSettingsLike,
} from '../../src/outlook/office/office-host';
import type { SampleAddress } from '../../examples/mailbox/mailbox-types';
import type { MailboxStore } from '../mailbox/mailbox-store';
import { htmlToText, textToHtml } from '../mailbox/html-text';
import { failingError, type OfficeErrorSpec, officeErrors, thrownOfficeError } from './office-errors';
import { sharedMailboxOwner, type Switches } from './switches';

export const roamingSettingsLimitBytes = 32 * 1024;
export const concurrentCallLimit = 3;

export type CallRecord = { operation: string; ok: boolean; detail?: string };

/** The Outlook client the pane runs in. */
export type FakeHostSettings = {
  /** Highest Mailbox requirement set, e.g. '1.13' (current Outlook on the web) or '1.8'. */
  mailboxVersion: string;
  /** Whether the client supports Nested App Authentication (requirement set NestedAppAuth 1.1). */
  nestedAppAuth: boolean;
  displayLanguage: string;
  /** Milliseconds before a callback runs (0: the next task). */
  latencyMs: number;
  /** What the add-in's manifest asks for; Relance's manifest.xml asks for ReadWriteItem. */
  permission: 'ReadItem' | 'ReadWriteItem' | 'ReadWriteMailbox';
  /** `Office.context.diagnostics.platform`; 'OfficeOnline' (Outlook on the web) when not given. */
  platform?: 'OfficeOnline' | 'PC' | 'Mac' | 'Android' | 'iOS';
  /** The items belong to this owner's shared mailbox or delegated folder. */
  sharedOwner?: string;
  /** `userProfile.timeZone`, a Windows name; 'Romance Standard Time' (Paris) when not given; null: the profile gives none. */
  timeZone?: string | null;
};

export type FakeOfficeSetup = {
  store: MailboxStore;
  host: FakeHostSettings;
  /** The item the pane was opened for; none when Outlook shows no message. */
  itemId?: string;
  /** Timers of the pane's own window, so nothing answers after the pane is closed. */
  setTimeout: (handler: () => void, ms: number) => unknown;
  /** A failure injected into this call, if any: the playground's switch, a unit test's queue. */
  failure?: (operation: string) => OfficeErrorSpec | undefined;
  onCall?: (call: CallRecord) => void;
};

/** A form the add-in asked Outlook to open. */
export type OpenedForm = { kind: 'reply-all'; formData: Office.ReplyFormData } | { kind: 'new-message'; form: Office.MessageForm };

/** The host as the playground's switches describe it. */
export function hostFromSwitches(switches: Switches): FakeHostSettings {
  return {
    mailboxVersion: switches.mailboxVersion,
    // Nested App Authentication came with current clients; an old (1.8) client has none.
    nestedAppAuth: switches.mailboxVersion !== '1.8',
    displayLanguage: switches.language === 'fr' ? 'fr-FR' : 'en-GB',
    latencyMs: switches.latencyMs,
    permission: 'ReadWriteItem',
    // The "mobile" switch is Outlook for Android.
    platform: switches.mobile ? 'Android' : 'OfficeOnline',
    ...(switches.sharedMailbox ? { sharedOwner: sharedMailboxOwner } : {}),
  };
}

/** The playground's "failing call" switch: that call fails every time while it is set. */
export function failureFromSwitches(switches: Switches): (operation: string) => OfficeErrorSpec | undefined {
  return (operation) => (switches.failingCall === operation ? failingError(switches.failingError) : undefined);
}

type AsyncResult<T> = Office.AsyncResult<T>;
type Options = { asyncContext?: unknown; coercionType?: Office.CoercionType | string };
type ItemChangedHandler = (event: { type: string }) => void;

export type FakeOffice = OfficeHost & {
  /** What the add-in asked for so far, for tests: forms opened, the most calls in flight at once. */
  readonly forms: readonly OpenedForm[];
  readonly maxConcurrent: number;
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  initialize?: (reason: string) => void;
  AsyncResultStatus: { Succeeded: string; Failed: string };
  EventType: { ItemChanged: string };
  HostType: { Outlook: string };
  PlatformType: { OfficeOnline: string };
  /**
   * The playground's own hook: the user selected another message while the pane is pinned. As in
   * Outlook, the pane stays loaded, `mailbox.item` becomes the new message (null for none), and the
   * ItemChanged handler is called later, on its own task.
   */
  selectItem(itemId: string | undefined): void;
  context: OfficeHost['context'] & {
    contentLanguage: string;
    diagnostics: { host: string; platform: string; version: string };
    mailbox: MailboxLike & {
      addHandlerAsync(eventType: string, handler: ItemChangedHandler, callback?: Callback<void>): void;
      removeHandlerAsync(eventType: string, callback?: Callback<void>): void;
      diagnostics: { hostName: string; hostVersion: string; OWAView: string };
    };
  };
};

const versionAtLeast = (have: string, want: string) => {
  const [haveMajor = 0, haveMinor = 0] = have.split('.').map(Number);
  const [wantMajor = 0, wantMinor = 0] = want.split('.').map(Number);
  return haveMajor > wantMajor || (haveMajor === wantMajor && haveMinor >= wantMinor);
};

const details = (address: SampleAddress): AddressDetails & { recipientType: string } => ({
  emailAddress: address.email,
  displayName: address.name,
  recipientType: address.email.endsWith('@atelier-lumen.fr') ? 'user' : 'externalUser',
});

/** Office.js accepts `(…, callback)` and `(…, options, callback)`. */
function split<T>(optionsOrCallback: Options | Callback<T> | undefined, callback?: Callback<T>): { options: Options; callback?: Callback<T> } {
  if (typeof optionsOrCallback === 'function') return { options: {}, callback: optionsOrCallback };
  return { options: optionsOrCallback ?? {}, ...(callback ? { callback } : {}) };
}

export function toRestId(id: string): string {
  return id.replace(/\//g, '-').replace(/\+/g, '_');
}

export function fromRestId(id: string): string {
  return id.replace(/-/g, '/').replace(/_/g, '+');
}

/** Inline CSS is not supported in inserted HTML (typings of Body.setSelectedDataAsync); we infer it is dropped. */
export const withoutInlineCss = (html: string) => html.replace(/\sstyle=(?:"[^"]*"|'[^']*')/gi, '');

export function createFakeOffice(setup: FakeOfficeSetup): FakeOffice {
  const { store, host } = setup;
  let inFlight = 0;
  let maxConcurrent = 0;
  const forms: OpenedForm[] = [];
  const handlers = new Map<string, ItemChangedHandler>();
  const mobile = host.platform === 'Android' || host.platform === 'iOS';
  // "Outlook JavaScript APIs supported in Outlook on mobile devices": Mailbox 1.5 at most.
  const supports = (version: string) => versionAtLeast(mobile ? '1.5' : host.mailboxVersion, version);
  /** What Outlook mobile lacks: the call fails as an unsupported API. */
  const notOnMobile = (operation: string) => {
    if (!mobile) return;
    record({ operation, ok: false, detail: `${officeErrors.apiNotSupported.code} ${officeErrors.apiNotSupported.name}` });
    throw thrownOfficeError(officeErrors.apiNotSupported);
  };
  const record = (call: CallRecord) => setup.onCall?.(call);
  const french = host.displayLanguage.toLowerCase().startsWith('fr');

  const succeeded = <T>(value: T, options: Options): AsyncResult<T> =>
    ({ status: 'succeeded', value, error: undefined, asyncContext: options.asyncContext, diagnostics: undefined }) as unknown as AsyncResult<T>;
  const failed = <T>(error: OfficeErrorSpec, options: Options): AsyncResult<T> =>
    ({ status: 'failed', value: undefined, error: { ...error }, asyncContext: options.asyncContext, diagnostics: undefined }) as unknown as AsyncResult<T>;

  /** Answers later, on a new task, as Outlook does; the "failing call" switch and the concurrency limit apply here. */
  function respond<T>(operation: string, options: Options, callback: Callback<T> | undefined, produce: () => T): void {
    inFlight += 1;
    maxConcurrent = Math.max(maxConcurrent, inFlight);
    // HOST-FACTS: Outlook on the web runs at most 3 async calls at once per add-in.
    const overLimit = inFlight > concurrentCallLimit;
    const jitter = host.latencyMs > 0 ? Math.round(Math.random() * host.latencyMs * 0.5) : 0;
    setup.setTimeout(() => {
      inFlight -= 1;
      let result: AsyncResult<T>;
      const injected = overLimit ? officeErrors.tooManyCalls : setup.failure?.(operation);
      if (injected) result = failed<T>(injected, options);
      else {
        try {
          result = succeeded(produce(), options);
        } catch (error) {
          const spec = error as Partial<OfficeErrorSpec>;
          result = failed<T>(
            { code: spec.code ?? officeErrors.internal.code, name: spec.name ?? officeErrors.internal.name, message: spec.message ?? String(error) },
            options,
          );
        }
      }
      const error = (result as { error?: OfficeErrorSpec }).error;
      record({ operation, ok: !error, ...(error ? { detail: `${error.code} ${error.name}` } : {}) });
      callback?.(result);
    }, host.latencyMs + jitter);
  }

  /** A synchronous Office.js method: throws an Office error instead of calling back. */
  function sync<T>(operation: string, action: () => T): T {
    const error = setup.failure?.(operation);
    if (error) {
      record({ operation, ok: false, detail: `${error.code} ${error.name}` });
      throw thrownOfficeError(error);
    }
    const value = action();
    record({ operation, ok: true });
    return value;
  }

  const customProperties = (itemId: string): CustomPropertiesLike => {
    const values = store.customProperties(itemId);
    return {
      get: (name) => values[name],
      set: (name, value) => void (values[name] = value),
      remove: (name) => void delete values[name],
      saveAsync: (callback) => respond('customProperties.saveAsync', {}, callback, () => store.saveCustomProperties(itemId, values)),
    };
  };

  const categories = (itemId: string) => ({
    addAsync: (names: string[], optionsOrCallback?: Options | Callback<void>, maybeCallback?: Callback<void>) => {
      const { options, callback } = split(optionsOrCallback, maybeCallback);
      respond('categories.addAsync', options, callback, () => {
        // Typings of Categories.addAsync: InvalidCategory when a category is not in the master list.
        if (!store.addCategories(itemId, names)) throw officeErrors.invalidCategory;
      });
    },
    getAsync: (optionsOrCallback?: Options | Callback<Office.CategoryDetails[]>, maybeCallback?: Callback<Office.CategoryDetails[]>) => {
      const { options, callback } = split(optionsOrCallback, maybeCallback);
      respond('categories.getAsync', options, callback, () => {
        const master = store.masterCategories();
        return store.require(itemId).categories.map((name) => ({
          displayName: name,
          color: (master.find((category) => category.displayName === name)?.color ?? 'None') as unknown as Office.MailboxEnums.CategoryColor,
        }));
      });
    },
  });

  const sharedProperties = (owner: string) => (optionsOrCallback?: Options | Callback<Pick<Office.SharedProperties, 'owner'>>, maybeCallback?: Callback<Pick<Office.SharedProperties, 'owner'>>) => {
    const { options, callback } = split(optionsOrCallback, maybeCallback);
    respond('getSharedPropertiesAsync', options, callback, () => ({
      owner,
      targetMailbox: owner,
      targetRestUrl: 'https://outlook.office.com/api',
      delegatePermissions: 63 as Office.MailboxEnums.DelegatePermissions,
    }));
  };

  function readItem(itemId: string): ReadItem {
    const message = store.require(itemId);
    const [year = 1970, month = 1, day = 1] = message.sentAt.slice(0, 10).split('-').map(Number);
    const [hours = 0, minutes = 0] = message.sentAt.slice(11).split(':').map(Number);
    const created = new Date(year, month - 1, day, hours, minutes);
    const replyAll = (formData: Office.ReplyFormData | string) => {
      const data = typeof formData === 'string' ? { htmlBody: formData } : formData;
      forms.push({ kind: 'reply-all', formData: data });
      const draft = store.createReplyAll(itemId, data.htmlBody);
      store.showForm(draft.id);
      store.notify(
        french ? `Réponse à tous ouverte, pas encore enregistrée\u00a0: «\u00a0${draft.subject}\u00a0»` : `Reply all opened, not saved yet: "${draft.subject}"`,
        draft.id,
      );
    };
    const item: ReadItem & Record<string, unknown> = {
      itemType: 'message',
      itemId: message.id,
      conversationId: message.conversationId,
      internetMessageId: `<${message.id.slice(15, 26)}@atelier-lumen.fr>`,
      subject: message.subject,
      normalizedSubject: message.subject.replace(/^((re|tr|fw|réponse automatique)\s?:\s?)+/i, ''),
      from: details(message.from),
      sender: details(message.from),
      to: message.to.map(details),
      cc: message.cc.map(details),
      dateTimeCreated: created,
      dateTimeModified: created,
      attachments: message.attachments.map((name, index) => ({
        id: `${message.id}-att${index}`,
        name,
        size: 48213,
        attachmentType: 'file',
        contentType: 'application/pdf',
        isInline: false,
      })),
      body: {
        getAsync: (coercion: Office.CoercionType, optionsOrCallback?: Options | Callback<string>, maybeCallback?: Callback<string>) => {
          const { options, callback } = split(optionsOrCallback, maybeCallback);
          respond('body.getAsync', options, callback, () => {
            const current = store.require(itemId);
            if (String(coercion) === 'html') return current.html ?? textToHtml(current.body);
            return current.html ? htmlToText(current.html) : current.body;
          });
        },
      },
      displayReplyAllForm: (formData: Office.ReplyFormData) => {
        notOnMobile('displayReplyAllForm');
        sync('displayReplyAllForm', () => replyAll(formData));
      },
      displayReplyForm: (formData: Office.ReplyFormData) => {
        notOnMobile('displayReplyForm');
        sync('displayReplyForm', () => replyAll(formData));
      },
      loadCustomPropertiesAsync: (callback: Callback<CustomPropertiesLike>, userContext?: unknown) =>
        respond('loadCustomPropertiesAsync', { asyncContext: userContext }, callback, () => customProperties(itemId)),
    };
    if (supports('1.8')) {
      item.categories = categories(itemId);
      if (host.sharedOwner) item.getSharedPropertiesAsync = sharedProperties(host.sharedOwner);
      // Mailbox 1.8 (typings of Office.MessageRead.getAllInternetHeadersAsync): absent below it, as on Outlook mobile (HOST-FACTS.md).
      item.getAllInternetHeadersAsync = (optionsOrCallback?: Options | Callback<string>, maybeCallback?: Callback<string>) => {
        const { options, callback } = split(optionsOrCallback, maybeCallback);
        respond('getAllInternetHeadersAsync', options, callback, () => store.require(itemId).internetHeaders ?? '');
      };
    }
    if (supports('1.9')) {
      item.displayReplyAllFormAsync = (formData: Office.ReplyFormData, optionsOrCallback?: Options | Callback<void>, maybeCallback?: Callback<void>) => {
        const { options, callback } = split(optionsOrCallback, maybeCallback);
        respond('displayReplyAllFormAsync', options, callback, () => replyAll(formData));
      };
    }
    return item;
  }

  function composeItem(itemId: string): ComposeItem {
    const recipients = (field: 'to' | 'cc') => ({
      getAsync: (optionsOrCallback?: Options | Callback<AddressDetails[]>, maybeCallback?: Callback<AddressDetails[]>) => {
        const { options, callback } = split(optionsOrCallback, maybeCallback);
        respond(`${field}.getAsync`, options, callback, () => store.require(itemId)[field].map(details));
      },
    });
    const item: ComposeItem & Record<string, unknown> = {
      itemType: 'message',
      conversationId: store.require(itemId).conversationId,
      subject: {
        getAsync: (optionsOrCallback?: Options | Callback<string>, maybeCallback?: Callback<string>) => {
          const { options, callback } = split(optionsOrCallback, maybeCallback);
          respond('subject.getAsync', options, callback, () => store.require(itemId).subject);
        },
        setAsync: (subject: string, optionsOrCallback?: Options | Callback<void>, maybeCallback?: Callback<void>) => {
          const { options, callback } = split(optionsOrCallback, maybeCallback);
          respond('subject.setAsync', options, callback, () => {
            // Typings of Subject.setAsync: at most 255 characters.
            if (subject.length > 255) throw { code: 1002, name: 'DataExceedsMaximumSize', message: 'The subject is longer than 255 characters.' };
            store.setDraftSubject(itemId, subject);
          });
        },
      },
      to: recipients('to'),
      cc: recipients('cc'),
      body: {
        getAsync: (coercion: Office.CoercionType, optionsOrCallback?: Options | Callback<string>, maybeCallback?: Callback<string>) => {
          const { options, callback } = split(optionsOrCallback, maybeCallback);
          respond('body.getAsync', options, callback, () => (String(coercion) === 'html' ? store.draftHtml(itemId) : htmlToText(store.draftHtml(itemId))));
        },
        getTypeAsync: (optionsOrCallback?: Options | Callback<Office.CoercionType>, maybeCallback?: Callback<Office.CoercionType>) => {
          const { options, callback } = split(optionsOrCallback, maybeCallback);
          respond('body.getTypeAsync', options, callback, () => store.bodyType(itemId) as Office.CoercionType);
        },
        setSelectedDataAsync: (data: string, optionsOrCallback?: Options | Callback<void>, maybeCallback?: Callback<void>) => {
          const { options, callback } = split(optionsOrCallback, maybeCallback);
          respond('body.setSelectedDataAsync', options, callback, () => {
            // Typings of Body.setSelectedDataAsync: at most 1,000,000 characters; InvalidFormatError for HTML into a plain-text body.
            if (data.length > 1_000_000) throw { code: 1002, name: 'DataExceedsMaximumSize', message: 'The data is longer than 1,000,000 characters.' };
            const asHtml = String(options.coercionType ?? 'text') === 'html';
            if (asHtml && store.bodyType(itemId) === 'text') throw officeErrors.invalidFormat;
            store.insertIntoDraft(itemId, asHtml ? withoutInlineCss(data) : data, asHtml);
          });
        },
      },
      saveAsync: (optionsOrCallback?: Options | Callback<string>, maybeCallback?: Callback<string>) => {
        const { options, callback } = split(optionsOrCallback, maybeCallback);
        respond('saveAsync', options, callback, () => store.saveDraft(itemId));
      },
      loadCustomPropertiesAsync: (callback: Callback<CustomPropertiesLike>, userContext?: unknown) =>
        respond('loadCustomPropertiesAsync', { asyncContext: userContext }, callback, () => customProperties(itemId)),
    };
    if (supports('1.8')) {
      item.categories = categories(itemId);
      if (host.sharedOwner) item.getSharedPropertiesAsync = sharedProperties(host.sharedOwner);
      item.getItemIdAsync = (optionsOrCallback?: Options | Callback<string>, maybeCallback?: Callback<string>) => {
        const { options, callback } = split(optionsOrCallback, maybeCallback);
        respond('getItemIdAsync', options, callback, () => {
          // Typings of getItemIdAsync: "ItemNotSaved: The ID can't be retrieved until the item is saved."
          if (!store.isSaved(itemId)) throw officeErrors.itemNotSaved;
          return itemId;
        });
      };
      item.getAttachmentsAsync = (optionsOrCallback?: Options | Callback<{ name: string }[]>, maybeCallback?: Callback<{ name: string }[]>) => {
        const { options, callback } = split(optionsOrCallback, maybeCallback);
        respond('getAttachmentsAsync', options, callback, () => store.require(itemId).attachments.map((name) => ({ name })));
      };
    }
    return item;
  }

  function roamingSettings(): RoamingSettingsLike {
    // Outlook loads the settings once, when the add-in starts; saveAsync writes them all back.
    // HOST-FACTS: loaded once, when the add-in starts; another pane's later saves are not seen.
    let values = store.roamingSettings();
    return {
      get: (name) => values[name],
      set: (name, value) => {
        // A unit test's injected failure (an internal error) throws as a synchronous Office.js call does.
        const injected = setup.failure?.('roamingSettings.set');
        if (injected) {
          record({ operation: 'roamingSettings.set', ok: false, detail: `${injected.code} ${injected.name}` });
          throw thrownOfficeError(injected);
        }
        const next = { ...values, [name]: value };
        // HOST-FACTS: 32 KB per add-in per mailbox; counted here in UTF-8 bytes, the stricter reading.
        if (new TextEncoder().encode(JSON.stringify(next)).length > roamingSettingsLimitBytes) {
          record({ operation: 'roamingSettings.set', ok: false, detail: '9057 SizeLimitExceeded' });
          throw thrownOfficeError(officeErrors.sizeLimit);
        }
        values = next;
      },
      remove: (name) => {
        const next = { ...values };
        delete next[name];
        values = next;
      },
      saveAsync: (callback) => respond('roamingSettings.saveAsync', {}, callback, () => store.saveRoamingSettings(structuredClone(values))),
    };
  }

  const itemFor = (itemId: string | undefined) => {
    const selected = itemId ? store.message(itemId) : undefined;
    return selected ? (selected.folder === 'drafts' ? composeItem(selected.id) : readItem(selected.id)) : null;
  };
  const item = itemFor(setup.itemId);
  const displayLanguage = host.displayLanguage;
  const newMessage = (form: Office.MessageForm) => {
    forms.push({ kind: 'new-message', form });
    const list = (value: Office.MessageForm['toRecipients']) =>
      (value ?? []).map((recipient) => (typeof recipient === 'string' ? recipient : recipient.emailAddress ?? ''));
    const draft = store.createNewMessage({ to: list(form.toRecipients), cc: list(form.ccRecipients), subject: form.subject ?? '', htmlBody: form.htmlBody ?? '' });
    store.showForm(draft.id);
    store.notify(french ? `Nouveau message ouvert, pas encore enregistré\u00a0: «\u00a0${draft.subject}\u00a0»` : `New message opened, not saved yet: "${draft.subject}"`, draft.id);
  };

  const mailbox: FakeOffice['context']['mailbox'] = {
    item,
    userProfile: {
      displayName: store.owner.name,
      emailAddress: store.owner.email,
      ...(host.timeZone === null ? {} : { timeZone: host.timeZone ?? 'Romance Standard Time' }),
      accountType: 'enterprise',
    } as Office.UserProfile,
    diagnostics: { hostName: 'OutlookWebApp', hostVersion: '16.0.playground', OWAView: 'ThreeColumns' },
    convertToRestId: (id) => {
      notOnMobile('convertToRestId');
      return toRestId(id);
    },
    displayNewMessageForm: (form) => {
      notOnMobile('displayNewMessageForm');
      sync('displayNewMessageForm', () => newMessage(form));
    },
    addHandlerAsync: (eventType, handler, callback) => {
      respond('addHandlerAsync', {}, callback, () => {
        // Typings of Mailbox.addHandlerAsync: Mailbox 1.5.
        if (!supports('1.5')) throw officeErrors.apiNotSupported;
        handlers.set(eventType, handler);
      });
    },
    removeHandlerAsync: (eventType, callback) => respond('removeHandlerAsync', {}, callback, () => void handlers.delete(eventType)),
  };
  if (supports('1.9')) {
    mailbox.displayNewMessageFormAsync = (form, callback) => respond('displayNewMessageFormAsync', {}, callback, () => newMessage(form));
  }
  if (supports('1.8')) {
    mailbox.masterCategories = {
      addAsync: (categoriesToAdd, callback) =>
        respond('masterCategories.addAsync', {}, callback, () => {
          // HOST-FACTS: masterCategories.addAsync needs ReadWriteMailbox; Relance asks for ReadWriteItem.
          if (host.permission !== 'ReadWriteMailbox') throw officeErrors.permission;
          store.addMasterCategories(categoriesToAdd.map((category) => ({ displayName: category.displayName, color: String(category.color) })));
        }),
    };
  }

  const office: FakeOffice = {
    get forms() {
      return forms;
    },
    get maxConcurrent() {
      return maxConcurrent;
    },
    onReady(callback) {
      const info = { host: 'Outlook', platform: host.platform ?? 'OfficeOnline' };
      return new Promise((resolve) => {
        setup.setTimeout(() => {
          office.initialize?.('');
          callback?.(info);
          resolve(info);
        }, host.latencyMs);
      });
    },
    selectItem(itemId) {
      mailbox.item = itemFor(itemId);
      const handler = handlers.get(office.EventType.ItemChanged);
      if (handler) setup.setTimeout(() => handler({ type: office.EventType.ItemChanged }), host.latencyMs);
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    HostType: { Outlook: 'Outlook' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    CoercionType: { Html: 'html' as Office.CoercionType, Text: 'text' as Office.CoercionType },
    MailboxEnums: {
      RestVersion: { v2_0: 'v2.0' as Office.MailboxEnums.RestVersion },
      CategoryColor: { Preset4: 'Preset4' as unknown as Office.MailboxEnums.CategoryColor },
    },
    context: {
      displayLanguage,
      contentLanguage: displayLanguage,
      diagnostics: { host: 'Outlook', platform: host.platform ?? 'OfficeOnline', version: '16.0.playground' },
      requirements: {
        isSetSupported: (name, version = '1.1') => {
          if (name === 'Mailbox') return supports(version);
          if (name === 'NestedAppAuth') return host.nestedAppAuth && versionAtLeast('1.1', version);
          return false;
        },
      },
      roamingSettings: roamingSettings(),
      mailbox,
    },
  };
  return office;
}
