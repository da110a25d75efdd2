/**
 * A browser fake of the Office.js surface Relance uses, over the playground's mailbox. It answers
 * like Outlook on the web: callbacks on a later task with an AsyncResult ("succeeded"/"failed" and
 * an Office.Error with its code), at most three calls in flight, requirement sets that decide which
 * methods exist, roaming settings capped at 32 KB (`set` throws 9057), categories that must be in
 * the master list, custom properties saved per item, reply and new-message forms that land in Drafts.
 * With the "mobile" switch it is Outlook for Android: Mailbox 1.5 at most, and no reply form, no
 * new-message form, no convertToRestId ("Outlook JavaScript APIs supported in Outlook on mobile
 * devices"). With the "shared mailbox" switch every item belongs to the accounts team's mailbox
 * (`getSharedPropertiesAsync`, Mailbox 1.8).
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

export type FakeOfficeSetup = {
  store: MailboxStore;
  switches: Switches;
  /** The item the pane was opened for; none when Outlook shows no message. */
  itemId?: string;
  /** Timers of the pane's own window, so nothing answers after the pane is closed. */
  setTimeout: (handler: () => void, ms: number) => unknown;
  onCall?: (call: CallRecord) => void;
};

type AsyncResult<T> = Office.AsyncResult<T>;
type Options = { asyncContext?: unknown; coercionType?: Office.CoercionType | string };
type ItemChangedHandler = (event: { type: string }) => void;

export type FakeOffice = OfficeHost & {
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

export function createFakeOffice(setup: FakeOfficeSetup): FakeOffice {
  const { store, switches } = setup;
  let inFlight = 0;
  const handlers = new Map<string, ItemChangedHandler>();
  const mobilePlatform = 'Android';
  const supports = (version: string) => versionAtLeast(switches.mobile ? '1.5' : switches.mailboxVersion, version);
  /** What Outlook mobile lacks: the call fails as an unsupported API. */
  const notOnMobile = (operation: string) => {
    if (!switches.mobile) return;
    record({ operation, ok: false, detail: `${officeErrors.apiNotSupported.code} ${officeErrors.apiNotSupported.name}` });
    throw thrownOfficeError(officeErrors.apiNotSupported);
  };
  const record = (call: CallRecord) => setup.onCall?.(call);

  const succeeded = <T>(value: T, options: Options): AsyncResult<T> =>
    ({ status: 'succeeded', value, error: undefined, asyncContext: options.asyncContext, diagnostics: undefined }) as unknown as AsyncResult<T>;
  const failed = <T>(error: OfficeErrorSpec, options: Options): AsyncResult<T> =>
    ({ status: 'failed', value: undefined, error: { ...error }, asyncContext: options.asyncContext, diagnostics: undefined }) as unknown as AsyncResult<T>;

  /** Answers later, on a new task, as Outlook does; the "failing call" switch and the concurrency limit apply here. */
  function respond<T>(operation: string, options: Options, callback: Callback<T> | undefined, produce: () => T): void {
    inFlight += 1;
    const overLimit = inFlight > concurrentCallLimit;
    const jitter = switches.latencyMs > 0 ? Math.round(Math.random() * switches.latencyMs * 0.5) : 0;
    setup.setTimeout(() => {
      inFlight -= 1;
      let result: AsyncResult<T>;
      const injected = overLimit ? officeErrors.tooManyCalls : switches.failingCall === operation ? failingError(switches.failingError) : undefined;
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
    }, switches.latencyMs + jitter);
  }

  /** A synchronous Office.js method: throws an Office error instead of calling back. */
  function sync<T>(operation: string, action: () => T): T {
    if (switches.failingCall === operation) {
      const error = failingError(switches.failingError);
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

  const sharedProperties = (optionsOrCallback?: Options | Callback<Pick<Office.SharedProperties, 'owner'>>, maybeCallback?: Callback<Pick<Office.SharedProperties, 'owner'>>) => {
    const { options, callback } = split(optionsOrCallback, maybeCallback);
    respond('getSharedPropertiesAsync', options, callback, () => ({
      owner: sharedMailboxOwner,
      targetMailbox: sharedMailboxOwner,
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
      const htmlBody = typeof formData === 'string' ? formData : formData.htmlBody;
      const draft = store.createReplyAll(itemId, htmlBody);
      store.notify(switches.language === 'fr' ? `Réponse à tous enregistrée dans Brouillons : « ${draft.subject} »` : `Reply all saved in Drafts: "${draft.subject}"`, draft.id);
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
    if (supports('1.8')) item.categories = categories(itemId);
    if (supports('1.8') && switches.sharedMailbox) item.getSharedPropertiesAsync = sharedProperties;
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
          // Each draft's own format (Body.getTypeAsync): the playground's drafts keep HTML, a text-only one answers text.
          respond('body.getTypeAsync', options, callback, () => (store.require(itemId).html !== undefined ? 'html' : 'text') as Office.CoercionType);
        },
        setSelectedDataAsync: (data: string, optionsOrCallback?: Options | Callback<void>, maybeCallback?: Callback<void>) => {
          const { options, callback } = split(optionsOrCallback, maybeCallback);
          respond('body.setSelectedDataAsync', options, callback, () => {
            if (data.length > 1_000_000) throw { code: 1002, name: 'DataExceedsMaximumSize', message: 'The data is longer than 1,000,000 characters.' };
            const html = String(options.coercionType ?? 'text') === 'html';
            // setSelectedDataAsync "doesn't support inline CSS" (typings): the styles are lost.
            store.insertIntoDraft(itemId, html ? data.replace(/\sstyle\s*=\s*(?:"[^"]*"|'[^']*')/gi, '') : data, html);
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
      item.getItemIdAsync = (optionsOrCallback?: Options | Callback<string>, maybeCallback?: Callback<string>) => {
        const { options, callback } = split(optionsOrCallback, maybeCallback);
        respond('getItemIdAsync', options, callback, () => {
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
    let values = store.roamingSettings();
    return {
      get: (name) => values[name],
      set: (name, value) => {
        const next = { ...values, [name]: value };
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
  const displayLanguage = switches.language === 'fr' ? 'fr-FR' : 'en-GB';
  const newMessage = (form: Office.MessageForm) => {
    const list = (value: Office.MessageForm['toRecipients']) =>
      (value ?? []).map((recipient) => (typeof recipient === 'string' ? recipient : recipient.emailAddress ?? ''));
    const draft = store.createNewMessage({ to: list(form.toRecipients), cc: list(form.ccRecipients), subject: form.subject ?? '', htmlBody: form.htmlBody ?? '' });
    store.notify(switches.language === 'fr' ? `Nouveau message enregistré dans Brouillons : « ${draft.subject} »` : `New message saved in Drafts: "${draft.subject}"`, draft.id);
  };

  const mailbox: FakeOffice['context']['mailbox'] = {
    item,
    userProfile: { displayName: store.owner.name, emailAddress: store.owner.email, timeZone: 'Romance Standard Time', accountType: 'enterprise' } as Office.UserProfile,
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
          // Needs ReadWriteMailbox; Relance asks for ReadWriteItem, as most add-ins do.
          throw { ...officeErrors.permission, categories: categoriesToAdd.length };
        }),
    };
  }

  const office: FakeOffice = {
    onReady(callback) {
      const info = { host: 'Outlook', platform: switches.mobile ? mobilePlatform : 'OfficeOnline' };
      return new Promise((resolve) => {
        setup.setTimeout(() => {
          office.initialize?.('');
          callback?.(info);
          resolve(info);
        }, switches.latencyMs);
      });
    },
    selectItem(itemId) {
      mailbox.item = itemFor(itemId);
      const handler = handlers.get(office.EventType.ItemChanged);
      if (handler) setup.setTimeout(() => handler({ type: office.EventType.ItemChanged }), switches.latencyMs);
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
      diagnostics: { host: 'Outlook', platform: switches.mobile ? mobilePlatform : 'OfficeOnline', version: '16.0.playground' },
      requirements: {
        isSetSupported: (name, version = '1.1') => {
          if (name === 'Mailbox') return supports(version);
          // Nested App Authentication came with current clients; an old (1.8) client has none.
          if (name === 'NestedAppAuth') return switches.mailboxVersion !== '1.8' && versionAtLeast('1.1', version);
          return false;
        },
      },
      roamingSettings: roamingSettings(),
      mailbox,
    },
  };
  return office;
}
