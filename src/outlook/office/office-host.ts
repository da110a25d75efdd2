/**
 * The part of Office.js the Outlook shell touches, as a narrow type: the real `Office` global
 * satisfies it, and the tests' fake implements exactly this and nothing more.
 */
export type Callback<T> = (result: Office.AsyncResult<T>) => void;

export type AddressDetails = Pick<Office.EmailAddressDetails, 'emailAddress' | 'displayName'>;

export type CustomPropertiesLike = {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback: Callback<void>): void;
};

type ItemCommon = {
  itemType?: Office.MailboxEnums.ItemType | string;
  conversationId?: string;
  categories?: { addAsync(categories: string[], callback: Callback<void>): void };
  loadCustomPropertiesAsync(callback: Callback<CustomPropertiesLike>): void;
  /** Present on items of a shared folder or shared mailbox (Mailbox 1.8; 1.13 for shared mailboxes). */
  getSharedPropertiesAsync?(callback: Callback<Pick<Office.SharedProperties, 'owner'>>): void;
};

/** A message open for reading (Mailbox 1.1 properties; async reply form from 1.9). */
export type ReadItem = ItemCommon & {
  itemId: string;
  subject: string;
  from: AddressDetails;
  to: AddressDetails[];
  cc: AddressDetails[];
  dateTimeCreated: Date;
  attachments: Pick<Office.AttachmentDetails, 'name'>[];
  body: { getAsync(coercionType: Office.CoercionType, callback: Callback<string>): void };
  displayReplyAllForm(formData: Office.ReplyFormData): void;
  displayReplyAllFormAsync?(formData: Office.ReplyFormData, callback: Callback<void>): void;
  /** Mailbox 1.8: the whole header block, RFC 2183 text (typings of `Office.MessageRead`). */
  getAllInternetHeadersAsync?(callback: Callback<string>): void;
};

type Recipients = { getAsync(callback: Callback<AddressDetails[]>): void };

/** A message being written (a new message or a reply). */
export type ComposeItem = ItemCommon & {
  subject: { getAsync(callback: Callback<string>): void; setAsync(subject: string, callback: Callback<void>): void };
  to: Recipients;
  cc: Recipients;
  body: {
    getAsync(coercionType: Office.CoercionType, callback: Callback<string>): void;
    getTypeAsync(callback: Callback<Office.CoercionType>): void;
    setSelectedDataAsync(data: string, options: Office.SetSelectedDataOptions, callback: Callback<void>): void;
  };
  saveAsync(callback: Callback<string>): void;
  getItemIdAsync?(callback: Callback<string>): void;
  getAttachmentsAsync?(callback: Callback<Pick<Office.AttachmentDetailsCompose, 'name'>[]>): void;
};

export type MailItem = ReadItem | ComposeItem;

export type RoamingSettingsLike = {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback: Callback<void>): void;
};

export type MailboxLike = {
  item?: MailItem | null;
  userProfile: Pick<Office.UserProfile, 'emailAddress' | 'displayName'> & Partial<Pick<Office.UserProfile, 'timeZone'>>;
  convertToRestId(id: string, restVersion: Office.MailboxEnums.RestVersion): string;
  displayNewMessageForm(parameters: Office.MessageForm): void;
  displayNewMessageFormAsync?(parameters: Office.MessageForm, callback: Callback<void>): void;
  masterCategories?: { addAsync(categories: Office.CategoryDetails[], callback: Callback<void>): void };
};

export type OfficeHost = {
  context: {
    displayLanguage: string;
    /** `platform` from Mailbox 1.5: "PC", "OfficeOnline", "Mac", "iOS", "Android" (Office.PlatformType). */
    diagnostics?: { platform?: Office.PlatformType | string };
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    roamingSettings: RoamingSettingsLike;
    mailbox: MailboxLike;
  };
  CoercionType: { Html: Office.CoercionType; Text: Office.CoercionType };
  MailboxEnums: {
    RestVersion: { v2_0: Office.MailboxEnums.RestVersion };
    CategoryColor: { Preset4: Office.MailboxEnums.CategoryColor };
  };
};

export function isReadItem(item: MailItem): item is ReadItem {
  return typeof item.subject === 'string';
}
