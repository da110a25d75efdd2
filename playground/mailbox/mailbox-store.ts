/**
 * The simulated mailbox behind the fake Outlook host: the sample messages relative to today (or
 * the messages a unit test gives), plus what happened since (forms opened, drafts, flags,
 * categories, custom properties, roaming settings), kept in a Storage (the playground's
 * localStorage, so a reload keeps them; memory in unit tests). The fake Office.js reads and
 * changes the mailbox through this object only.
 */
import type { IsoDate } from '../../src/core';
import type { SampleAddress, SampleFlag, SampleFolder, SampleMailbox, SampleMessage } from '../../examples/mailbox/mailbox-types';
import { sampleMailbox } from '../../examples/mailbox/sample-mailbox';
import { exchangeItemId } from '../../examples/mailbox/exchange-id';
import { escapeHtmlText, htmlToText, textToHtml } from './html-text';

export type MasterCategory = { displayName: string; color: string };

export type Notice = { id: number; text: string; messageId?: string };

type Overlay = {
  drafts: SampleMessage[];
  changes: Record<string, Partial<Pick<SampleMessage, 'id' | 'folder' | 'categories' | 'flag' | 'read' | 'subject' | 'html' | 'body'>>>;
  /** The id each moved item had first, by its current id: changes stay keyed on the first one. */
  movedFrom?: Record<string, string>;
  customProperties: Record<string, Record<string, unknown>>;
  /** Forms open but never saved: not in Drafts (HOST-FACTS.md: a form opened by an add-in is saved only when the user saves it). */
  unsaved: string[];
  masterCategories?: MasterCategory[];
};

/** What a mailbox starts from: the sample of the playground, or the few messages of a unit test. */
export type MailboxSeed = Pick<SampleMailbox, 'today' | 'owner' | 'messages'> & { masterCategories?: MasterCategory[] };

export type View = { folder: SampleFolder; selectedId?: string };

const keys = { overlay: 'relance-playground:mailbox', roaming: 'relance-playground:roaming' };

export const defaultMasterCategories: MasterCategory[] = [
  { displayName: 'Relance', color: 'Preset1' },
  { displayName: 'Client important', color: 'Preset7' },
  { displayName: 'Projet', color: 'Preset4' },
];

function emptyOverlay(): Overlay {
  return { drafts: [], changes: {}, customProperties: {}, unsaved: [] };
}

function stamp(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}T${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

export class MailboxStore {
  readonly sample: MailboxSeed;
  readonly owner: SampleAddress;
  private overlay: Overlay;
  private readonly storage: Storage;
  private readonly listeners = new Set<() => void>();
  private noticeId = 0;
  notices: Notice[] = [];
  view: View = { folder: 'inbox' };
  /** Where text is inserted in each open draft (Outlook's cursor), in characters of its HTML. */
  private readonly cursors = new Map<string, number>();

  constructor(storage: Storage, seed: IsoDate | MailboxSeed) {
    this.storage = storage;
    this.sample = typeof seed === 'string' ? sampleMailbox(seed) : seed;
    this.owner = this.sample.owner;
    this.overlay = this.readOverlay();
  }

  private readOverlay(): Overlay {
    try {
      const stored = JSON.parse(this.storage.getItem(keys.overlay) ?? 'null') as Overlay | null;
      return stored && Array.isArray(stored.drafts) ? { ...emptyOverlay(), ...stored } : emptyOverlay();
    } catch {
      return emptyOverlay();
    }
  }

  private persist(): void {
    this.storage.setItem(keys.overlay, JSON.stringify(this.overlay));
    this.emit();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(): void {
    for (const listener of this.listeners) listener();
  }

  get today(): IsoDate {
    return this.sample.today;
  }

  messages(): SampleMessage[] {
    const base = this.sample.messages.map((message) => ({ ...message, ...this.overlay.changes[message.id] }));
    const drafts = this.overlay.drafts.map((message) => ({ ...message, ...this.overlay.changes[message.id] }));
    return [...drafts, ...base].sort((a, b) => b.sentAt.localeCompare(a.sentAt));
  }

  /** A folder's messages; a form never saved is in no folder. */
  folder(folder: SampleFolder): SampleMessage[] {
    return this.messages().filter((message) => message.folder === folder && this.isSaved(message.id));
  }

  message(id: string): SampleMessage | undefined {
    return this.messages().find((message) => message.id === id);
  }

  require(id: string): SampleMessage {
    const message = this.message(id);
    if (!message) throw new Error(`no message ${id}`);
    return message;
  }

  /** The user opens a folder or a message; an open form never saved is closed without saving, as the user may. */
  select(view: View): void {
    const closed = this.overlay.unsaved.filter((id) => id !== view.selectedId);
    if (closed.length > 0) {
      this.overlay.drafts = this.overlay.drafts.filter((draft) => !closed.includes(draft.id));
      this.overlay.unsaved = this.overlay.unsaved.filter((id) => !closed.includes(id));
      this.storage.setItem(keys.overlay, JSON.stringify(this.overlay));
    }
    this.view = view;
    if (view.selectedId) this.change(view.selectedId, { read: true }, false);
    this.emit();
  }

  /**
   * A form the add-in opened shows at once in the reading pane, as Outlook on the web opens a reply
   * inline; the task pane stays on the message it was opened for.
   */
  showForm(id: string): void {
    this.view = { folder: this.view.folder, selectedId: id };
    this.emit();
  }

  private change(id: string, patch: Overlay['changes'][string], persist = true): void {
    const first = this.overlay.movedFrom?.[id] ?? id;
    this.overlay.changes[first] = { ...this.overlay.changes[first], ...patch };
    if (persist) this.persist();
    else this.storage.setItem(keys.overlay, JSON.stringify(this.overlay));
  }

  notify(text: string, messageId?: string): void {
    this.noticeId += 1;
    this.notices = [...this.notices.slice(-2), { id: this.noticeId, text, ...(messageId ? { messageId } : {}) }];
    this.emit();
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((notice) => notice.id !== id);
    this.emit();
  }

  // Drafts ---------------------------------------------------------------------------------------

  private addDraft(draft: Omit<SampleMessage, 'id' | 'folder' | 'sentAt' | 'read' | 'categories' | 'attachments' | 'from'>, saved: boolean): SampleMessage {
    const number = this.overlay.drafts.length + 1;
    const message: SampleMessage = {
      ...draft,
      id: exchangeItemId(`draft-${number}-${Math.random().toString(36).slice(2, 8)}`, 'drafts', this.owner.email),
      folder: 'drafts',
      from: this.owner,
      sentAt: stamp(new Date()),
      read: true,
      categories: [],
      attachments: [],
    };
    this.overlay.drafts = [...this.overlay.drafts, message];
    if (!saved) this.overlay.unsaved = [...this.overlay.unsaved, message.id];
    this.persist();
    return message;
  }

  /**
   * What Outlook does on displayReplyAllForm: opens a reply to everyone, the given HTML above the
   * quoted original. Only a form: nothing is in Drafts until the user saves it (HOST-FACTS.md,
   * "displayReplyAllForm(Async) and displayNewMessageForm only open a form").
   */
  createReplyAll(originalId: string, htmlBody: string | undefined): SampleMessage {
    const original = this.require(originalId);
    const others = (list: SampleAddress[]) => list.filter((address) => address.email.toLowerCase() !== this.owner.email.toLowerCase());
    const fromOwner = original.from.email.toLowerCase() === this.owner.email.toLowerCase();
    const to = fromOwner ? original.to : [original.from, ...others(original.to)];
    const header = [
      `<b>De :</b> ${escapeHtmlText(`${original.from.name} <${original.from.email}>`)}`,
      `<b>Envoyé :</b> ${escapeHtmlText(original.sentAt.replace('T', ' '))}`,
      `<b>À :</b> ${escapeHtmlText(original.to.map((address) => `${address.name} <${address.email}>`).join('; '))}`,
      `<b>Objet :</b> ${escapeHtmlText(original.subject)}`,
    ].join('<br>');
    const reply = htmlBody ?? '';
    const html = `${reply}<div id="divRplyFwdMsg"><hr>${header}<br><br>${original.html ?? textToHtml(original.body)}</div>`;
    const subject = /^(re|réf|tr|fw)\s?:/i.test(original.subject) ? original.subject : `RE : ${original.subject}`;
    const draft = this.addDraft(
      { conversationId: original.conversationId, subject, to, cc: others(original.cc), html, body: htmlToText(html) },
      false,
    );
    this.cursors.set(draft.id, reply.length);
    return draft;
  }

  /** What Outlook does on displayNewMessageForm: a form, not saved either. */
  createNewMessage(form: { to: string[]; cc: string[]; subject: string; htmlBody: string }): SampleMessage {
    const address = (email: string): SampleAddress => {
      const known = this.messages()
        .flatMap((message) => [message.from, ...message.to, ...message.cc])
        .find((candidate) => candidate.email.toLowerCase() === email.toLowerCase());
      return known ?? { name: email, email };
    };
    const draft = this.addDraft(
      {
        conversationId: `AAQkADc3ZjConv/New+${Date.now().toString(36)}=`,
        subject: form.subject,
        to: form.to.map(address),
        cc: form.cc.map(address),
        html: form.htmlBody,
        body: htmlToText(form.htmlBody),
      },
      false,
    );
    this.cursors.set(draft.id, form.htmlBody.length);
    return draft;
  }

  /**
   * A message being written, as the "New message" button opens it (blank) or as a test finds it:
   * not saved until the user (or an add-in) saves it. A plain-text draft keeps its text in `body`.
   */
  createBlank(
    initial: Partial<Pick<SampleMessage, 'conversationId' | 'subject' | 'to' | 'cc' | 'bodyType'>> & { content?: string } = {},
  ): SampleMessage {
    const { content = '', bodyType = 'html', ...fields } = initial;
    const draft = this.addDraft(
      {
        conversationId: `AAQkADc3ZjConv/New+${Date.now().toString(36)}=`,
        subject: '',
        to: [],
        cc: [],
        ...fields,
        ...(bodyType === 'text' ? { bodyType, body: content } : { html: content, body: htmlToText(content) }),
      },
      false,
    );
    this.cursors.set(draft.id, 0);
    return draft;
  }

  isSaved(id: string): boolean {
    return !this.overlay.unsaved.includes(id);
  }

  draftHtml(id: string): string {
    const message = this.require(id);
    return message.html ?? textToHtml(message.body);
  }

  /** Each item has its own body type: a draft written in plain text stays plain text. */
  bodyType(id: string): 'html' | 'text' {
    return this.require(id).bodyType ?? 'html';
  }

  /** Where the user left the cursor in a draft (characters of its HTML, or of its text when plain). */
  placeCursor(id: string, at: number): void {
    this.cursors.set(id, at);
  }

  /** The user typed in the compose form. */
  editDraft(id: string, patch: { subject?: string; html?: string }): void {
    const html = patch.html ?? this.draftHtml(id);
    this.change(id, { ...patch, html, body: htmlToText(html) }, false);
  }

  setDraftSubject(id: string, subject: string): void {
    this.change(id, { subject });
  }

  /**
   * Inserts at the cursor, as body.setSelectedDataAsync does, and moves the cursor after the text.
   * The caller (the fake Office.js) has refused HTML into a plain-text body already.
   */
  insertIntoDraft(id: string, data: string, asHtml: boolean): void {
    if (this.bodyType(id) === 'text') {
      const text = this.require(id).body;
      const cursor = Math.min(this.cursors.get(id) ?? 0, text.length);
      this.cursors.set(id, cursor + data.length);
      this.change(id, { body: text.slice(0, cursor) + data + text.slice(cursor) });
      return;
    }
    const html = this.draftHtml(id);
    const inserted = asHtml ? data : textToHtml(data);
    const cursor = Math.min(this.cursors.get(id) ?? 0, html.length);
    const next = html.slice(0, cursor) + inserted + html.slice(cursor);
    this.cursors.set(id, cursor + inserted.length);
    this.change(id, { html: next, body: htmlToText(next) });
  }

  /**
   * Moves an item to another folder. Its id changes, as an Exchange id does (HOST-FACTS.md: ids
   * "change when the item moves to another folder"); what the item carries goes with it.
   */
  move(id: string, folder: SampleFolder): string {
    this.require(id);
    const first = this.overlay.movedFrom?.[id] ?? id;
    const newId = exchangeItemId(`${first}:moved-to:${folder}`, folder, this.owner.email);
    const { [id]: properties, ...others } = this.overlay.customProperties;
    this.overlay.customProperties = properties ? { ...others, [newId]: properties } : others;
    const movedFrom = { ...this.overlay.movedFrom };
    delete movedFrom[id];
    this.overlay.movedFrom = { ...movedFrom, [newId]: first };
    this.change(first, { id: newId, folder });
    return newId;
  }

  /** Saves the draft: from now on it is in Drafts, and getItemIdAsync answers. */
  saveDraft(id: string): string {
    this.overlay.unsaved = this.overlay.unsaved.filter((candidate) => candidate !== id);
    this.persist();
    return id;
  }

  discardDraft(id: string): void {
    this.overlay.drafts = this.overlay.drafts.filter((draft) => draft.id !== id);
    this.persist();
  }

  // Flags, categories, custom properties ----------------------------------------------------------

  masterCategories(): MasterCategory[] {
    return this.overlay.masterCategories ?? this.sample.masterCategories ?? defaultMasterCategories;
  }

  addMasterCategories(categories: MasterCategory[]): void {
    const known = this.masterCategories();
    this.overlay.masterCategories = [...known, ...categories.filter((category) => !known.some((k) => k.displayName === category.displayName))];
    this.persist();
  }

  /** Returns false when a category is not in the master list (Outlook refuses it). */
  addCategories(id: string, names: string[]): boolean {
    const master = this.masterCategories().map((category) => category.displayName);
    if (names.some((name) => !master.includes(name))) return false;
    const current = this.require(id).categories;
    this.change(id, { categories: [...current, ...names.filter((name) => !current.includes(name))] });
    return true;
  }

  setFlag(id: string, flag: SampleFlag): void {
    this.change(id, { flag });
  }

  customProperties(id: string): Record<string, unknown> {
    return { ...this.overlay.customProperties[id] };
  }

  saveCustomProperties(id: string, values: Record<string, unknown>): void {
    this.overlay.customProperties = { ...this.overlay.customProperties, [id]: { ...values } };
    this.persist();
  }

  // Roaming settings -------------------------------------------------------------------------------

  roamingSettings(): Record<string, unknown> {
    try {
      return JSON.parse(this.storage.getItem(keys.roaming) ?? '{}') as Record<string, unknown>;
    } catch {
      return {};
    }
  }

  saveRoamingSettings(values: Record<string, unknown>): void {
    this.storage.setItem(keys.roaming, JSON.stringify(values));
    this.emit();
  }

  /** Forgets everything since the sample: drafts, flags, the promise log. */
  reset(): void {
    this.overlay = emptyOverlay();
    this.storage.removeItem(keys.overlay);
    this.storage.removeItem(keys.roaming);
    this.cursors.clear();
    this.view = { folder: this.view.folder };
    this.emit();
  }
}
