/**
 * The simulated Gmail: folders, the message list and the open message or draft, with the Relance
 * add-on's side panel beside them, drawn from the cards the real handlers return.
 */
import { useState } from 'preact/hooks';
import { formatDate, type Language } from '../../src/core';
import type { AddonEvent } from '../../src/gmail/event/addon-event';
import type { EntryFunction } from '../../src/gmail/entry-points';
import type { Built } from '../fake-gmail/fake-card-service';
import type { FakeDraftRecord, FakeMessageInit } from '../fake-gmail/fake-gmail-app';
import { accessToken, addonEvent } from '../fake-gmail/fake-events';
import { type ClickOutcome, type PanelState, runClick, runTrigger } from './add-on-panel';
import { eventForm, type FormValues } from './card-form';
import { CardView } from './CardView';
import { applyDraftUpdate } from './draft-update';
import type { createGmailHost } from './gmail-host';
import { gmailStrings } from './gmail-strings';

type Host = ReturnType<typeof createGmailHost>;
type Folder = 'inbox' | 'sent' | 'drafts';
type Selection = { kind: 'message'; id: string } | { kind: 'draft'; id: string } | undefined;

export type GmailPlaygroundProps = { host: Host; language: Language; today: string; draftAccess: 'NONE' | 'METADATA'; outlookHref: string };

const folders: Folder[] = ['inbox', 'sent', 'drafts'];

export function GmailPlayground(props: GmailPlaygroundProps) {
  const { host, language } = props;
  const strings = gmailStrings[language];
  const locale = language === 'en' ? 'en-GB' : 'fr-FR';
  const [folder, setFolder] = useState<Folder>('inbox');
  const [selection, setSelection] = useState<Selection>();
  const [panel, setPanel] = useState<PanelState>(() => runTrigger(host, 'onHomepage', addonEvent({ locale })));
  const [cardKey, setCardKey] = useState(0);
  // Focus follows a click's result into the new card; opening a message leaves it in the list.
  const [clicked, setClicked] = useState(false);
  const [, setVersion] = useState(0);
  const refresh = () => setVersion((n) => n + 1);
  const owner = host.mail.userEmail;

  const messages = [...host.mail.messages.values()].sort((a, b) => b.date.getTime() - a.date.getTime());
  const inFolder = (message: FakeMessageInit) => (folder === 'sent' ? message.from.includes(`<${owner}>`) : !message.from.includes(`<${owner}>`));
  const drafts = host.mail.liveDrafts();

  const show = (next: PanelState) => {
    setPanel(next);
    setClicked(false);
    setCardKey((n) => n + 1);
  };
  const messageEvent = (message: FakeMessageInit): AddonEvent => addonEvent({ locale, messageId: message.id, threadId: message.threadId });
  const composeEvent = (draft: FakeDraftRecord): AddonEvent => {
    const event = addonEvent({ locale });
    // draftAccess NONE: "compose trigger won't be able to access any data of the draft" (manifest, ComposeTrigger.DraftAccess).
    return props.draftAccess === 'METADATA' ? { ...event, gmail: { toRecipients: draft.to.split(',').map((one) => one.trim()).filter(Boolean) } } : event;
  };

  const openMessage = (message: FakeMessageInit) => {
    setSelection({ kind: 'message', id: message.id });
    show(runTrigger(host, 'onGmailMessageOpen', messageEvent(message)));
  };
  const openDraft = (id: string) => {
    const draft = host.mail.drafts.find((one) => one.id === id);
    setFolder('drafts');
    setSelection({ kind: 'draft', id });
    if (draft) show(runTrigger(host, 'onComposeInsertReminder', composeEvent(draft)));
  };
  const home = () => {
    setSelection(undefined);
    show(runTrigger(host, 'onHomepage', addonEvent({ locale })));
  };
  const universal = (name: EntryFunction) => {
    const event = selection?.kind === 'message' ? messageEvent(host.mail.messages.get(selection.id) as FakeMessageInit) : addonEvent({ locale });
    show(runTrigger(host, name, event));
  };
  const newDraft = () => {
    const record: FakeDraftRecord = { id: `draft-${host.mail.drafts.length + 1}`, kind: 'new', to: '', subject: '', body: '', attachments: [], deleted: false };
    host.mail.drafts.push(record);
    openDraft(record.id);
  };

  const click = (button: Built, values: FormValues) => {
    const open = selection?.kind === 'message' ? host.mail.messages.get(selection.id) : undefined;
    const base = open ? messageEvent(open) : addonEvent({ locale });
    const event = addonEvent({ locale, ...eventForm(values), ...(open ? { messageId: open.id, threadId: open.threadId } : {}) });
    const withGmail: AddonEvent = base.gmail ? { ...event, gmail: { ...base.gmail, accessToken } } : event;
    const outcome: ClickOutcome = runClick(host, panel, button, withGmail, selection?.kind === 'draft' ? 'compose' : 'message');
    const topChanged = outcome.panel.stack[outcome.panel.stack.length - 1] !== panel.stack[panel.stack.length - 1];
    setPanel(outcome.panel);
    if (topChanged) {
      setClicked(true);
      setCardKey((n) => n + 1);
    }
    if (outcome.draftUpdate && selection?.kind === 'draft') {
      const draft = host.mail.drafts.find((one) => one.id === selection.id);
      if (draft) applyDraftUpdate(draft, outcome.draftUpdate);
    }
    if (outcome.openDraftId) {
      setFolder('drafts');
      setSelection({ kind: 'draft', id: outcome.openDraftId });
    }
    refresh();
  };

  const selectedMessage = selection?.kind === 'message' ? host.mail.messages.get(selection.id) : undefined;
  const selectedDraft = selection?.kind === 'draft' ? host.mail.drafts.find((one) => one.id === selection.id && !one.deleted) : undefined;
  const top = panel.stack[panel.stack.length - 1];
  const date = (at: Date) => formatDate(at.toISOString().slice(0, 10), language);

  return (
    <div class="gmail" lang={language}>
      <header class="gtopbar">
        <h1>{strings.title}</h1>
        <p class="gsubtitle">{strings.subtitle}</p>
        <span class="gtoday">{strings.today(formatDate(props.today, language))}</span>
        <nav aria-label="Playground" class="gswitch">
          <a href={props.outlookHref}>{strings.switchTo}</a>
        </nav>
      </header>
      <nav class="gfolders" aria-label={strings.labels}>
        <button type="button" class="gcompose" onClick={newDraft}>
          {strings.compose}
        </button>
        <ul>
          {folders.map((name) => (
            <li key={name}>
              <button type="button" data-folder={name} aria-current={folder === name} onClick={() => setFolder(name)}>
                {strings.folders[name]}
                {name === 'drafts' && drafts.length > 0 && <span class="gcount">{drafts.length}</span>}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main class="gmain">
        <section class="glist" aria-label={strings.folders[folder]}>
          <h2>{strings.folders[folder]}</h2>
          <ul>
            {folder === 'drafts'
              ? drafts.map((draft) => (
                  <li key={draft.id} aria-current={selectedDraft?.id === draft.id}>
                    <button type="button" onClick={() => openDraft(draft.id)}>
                      <span class="gfrom">{draft.to || '—'}</span>
                      <span class="gsubject">{draft.subject || '—'}</span>
                      <span class="glabel">{strings.draft.label}</span>
                    </button>
                  </li>
                ))
              : messages.filter(inFolder).map((message) => (
                  <li key={message.id} aria-current={selectedMessage?.id === message.id}>
                    <button type="button" onClick={() => openMessage(message)}>
                      <span class="gfrom">{(folder === 'sent' ? message.to : message.from).replace(/\s*<[^>]*>/g, '')}</span>
                      <span class="gsubject">{message.subject}</span>
                      <span class="gdate">{date(message.date)}</span>
                      {host.mail.starred.has(message.id) && (
                        <span class="gstar" role="img" aria-label={strings.starred}>
                          ★
                        </span>
                      )}
                      {host.mail.labelsOf(message.threadId).map((label) => (
                        <span key={label} class="glabel">
                          {label}
                        </span>
                      ))}
                    </button>
                  </li>
                ))}
          </ul>
        </section>
        <section class="gread" tabIndex={0} aria-label={selectedMessage?.subject ?? selectedDraft?.subject ?? strings.noSelection}>
          {selectedMessage ? (
            <article class="gmessage">
              <h2>{selectedMessage.subject}</h2>
              <p class="gmeta">
                {`${strings.from}\u00a0: ${selectedMessage.from}`}
                <br />
                {`${strings.to}\u00a0: ${selectedMessage.to} · ${date(selectedMessage.date)}`}
              </p>
              <div class="gbody">{selectedMessage.body}</div>
            </article>
          ) : selectedDraft ? (
            <DraftForm key={selectedDraft.id} draft={selectedDraft} language={language} onChange={refresh} />
          ) : (
            <p class="gempty">{strings.noSelection}</p>
          )}
        </section>
      </main>
      <aside class="gaddon" aria-label={strings.addOn}>
        <div class="gaddon-bar">
          {panel.stack.length > 1 && (
            <button type="button" onClick={() => show({ stack: panel.stack.slice(0, -1) })}>
              ← {strings.back}
            </button>
          )}
          <button type="button" onClick={home}>
            {strings.home}
          </button>
          <button type="button" onClick={() => universal('onShowSettings')}>
            {strings.settings}
          </button>
        </div>
        {panel.error && (
          <div class="gerror" role="alert">
            {strings.addOnError(panel.error)}
            <button type="button" onClick={() => setPanel({ stack: panel.stack })}>
              {strings.dismiss}
            </button>
          </div>
        )}
        <div class="gtoast" role="status">
          {panel.notification ?? ''}
          {panel.link ? strings.openLink(panel.link) : ''}
        </div>
        {top && <CardView key={cardKey} card={top} strings={strings} takeFocus={clicked} onClick={click} />}
      </aside>
    </div>
  );
}

function DraftForm(props: { draft: FakeDraftRecord; language: Language; onChange: () => void }) {
  const { draft } = props;
  const strings = gmailStrings[props.language].draft;
  const edit = (field: 'to' | 'subject' | 'body') => (event: Event) => {
    draft[field] = (event.currentTarget as HTMLInputElement).value;
    props.onChange();
  };
  return (
    <form class="gdraft" aria-label={strings.label} onSubmit={(event) => event.preventDefault()}>
      <h2>{strings.label}</h2>
      <label>
        {strings.to}
        <input type="text" value={draft.to} onInput={edit('to')} />
      </label>
      <label>
        {strings.subject}
        <input type="text" value={draft.subject} onInput={edit('subject')} />
      </label>
      <label>
        {strings.body}
        <textarea rows={14} value={draft.body} onInput={edit('body')} />
      </label>
    </form>
  );
}
