/**
 * The simulated mailbox behind the playground page: the sample messages relative to today, plus
 * what happened since (drafts, flags, categories, custom properties, roaming settings), kept in
 * localStorage so a reload keeps the drafts and the promise log. The fake Office.js in the task
 * pane's frame reads and changes it through this object only.
 */
import type { IsoDate } from '../../src/core';
import type { SampleAddress, SampleFlag, SampleFolder, SampleMailbox, SampleMessage } from '../../examples/mailbox/mailbox-types';
import { sampleMailbox } from '../../examples/mailbox/sample-mailbox';
import { escapeHtmlText, htmlToText, textToHtml } from './html-text';

export type MasterCategory = { displayName: string; color: string };

export type Notice = { id: number; text: string; messageId?: string };

type Overlay = {
  drafts: SampleMessage[];
  changes: Record<string, Partial<Pick<SampleMessage, 'categories' | 'flag' | 'read' | 'subject' | 'html' | 'body'>>>;
  customProperties: Record<string, Record<string, unknown>>;
  unsaved: string[];
  masterCategories?: MasterCategory[];
};

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
  readonly sample: SampleMailbox;
  readonly owner: SampleAddress;
  private overlay: Overlay;
  private readonly storage: Storage;
  private readonly listeners = new Set<() => void>();
  private noticeId = 0;
  notices: Notice[] = [];
  view: View = { folder: 'inbox' };
  /** Where text is inserted in each open draft (Outlook's cursor), in characters of its HTML. */
  private readonly cursors = new Map<string, number>();

  constructor(storage: Storage, today: IsoDate) {
    this.storage = storage;
    this.sample = sampleMailbox(today);
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

  folder(folder: SampleFolder): SampleMessage[] {
    return this.messages().filter((message) => message.folder === folder);
  }

  message(id: string): SampleMessage | undefined {
    return this.messages().find((message) => message.id === id);
  }

  require(id: string): SampleMessage {
    const message = this.message(id);
    if (!message) throw new Error(`no message ${id}`);
    return message;
  }

  select(view: View): void {
    this.view = view;
    if (view.selectedId) this.change(view.selectedId, { read: true }, false);
    this.emit();
  }

  private change(id: string, patch: Overlay['changes'][string], persist = true): void {
    this.overlay.changes[id] = { ...this.overlay.changes[id], ...patch };
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
      id: `AAMkADc3ZjLumen/Draft+${String(number).padStart(4, '0')}${Math.random().toString(36).slice(2, 6)}AAA=`,
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

  /** What Outlook does on displayReplyAllForm: a reply to everyone, the given HTML above the quoted original. */
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
      true,
    );
    this.cursors.set(draft.id, reply.length);
    return draft;
  }

  /** What Outlook does on displayNewMessageForm. */
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
      true,
    );
    this.cursors.set(draft.id, form.htmlBody.length);
    return draft;
  }

  /** A blank message, as the "New message" button opens it: not saved until the user (or an add-in) saves it. */
  createBlank(): SampleMessage {
    const draft = this.addDraft({ conversationId: `AAQkADc3ZjConv/New+${Date.now().toString(36)}=`, subject: '', to: [], cc: [], html: '', body: '' }, false);
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

  /** The user typed in the compose form. */
  editDraft(id: string, patch: { subject?: string; html?: string }): void {
    const html = patch.html ?? this.draftHtml(id);
    this.change(id, { ...patch, html, body: htmlToText(html) }, false);
  }

  setDraftSubject(id: string, subject: string): void {
    this.change(id, { subject });
  }

  /** Inserts at the cursor, as body.setSelectedDataAsync does, and moves the cursor after the text. */
  insertIntoDraft(id: string, data: string, asHtml: boolean): void {
    const html = this.draftHtml(id);
    const inserted = asHtml ? data : textToHtml(data);
    const cursor = Math.min(this.cursors.get(id) ?? 0, html.length);
    const next = html.slice(0, cursor) + inserted + html.slice(cursor);
    this.cursors.set(id, cursor + inserted.length);
    this.change(id, { html: next, body: htmlToText(next) });
  }

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
    return this.overlay.masterCategories ?? defaultMasterCategories;
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
