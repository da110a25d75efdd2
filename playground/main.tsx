/**
 * The Relance playground: a simulated Outlook mailbox (folders, message list, reading pane, compose
 * form) with the real task pane beside it, in a frame, on a fake Office.js. Runs on any machine,
 * without a Microsoft 365 account: `npm start`.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { SampleFolder } from '../examples/mailbox/mailbox-types';
import { formatDate } from '../src/core';
import { localIsoDate } from '../src/outlook/app/local-iso-date';
import type { BridgeWindow, PlaygroundBridge } from './bridge';
import type { CallRecord } from './fake-office/create-fake-office';
import { pinToday, todayFromQuery } from './fake-office/pin-today';
import { withRoamingFiller } from './fake-office/roaming-filler';
import { loadSwitches, saveSwitches, type Switches } from './fake-office/switches';
import { MailboxStore } from './mailbox/mailbox-store';
import { chromeStrings } from './ui/chrome-strings';
import { ComposeForm } from './ui/ComposeForm';
import { MessageList } from './ui/MessageList';
import { ReadingPane } from './ui/ReadingPane';
import { SwitchesPanel } from './ui/SwitchesPanel';

const query = new URLSearchParams(window.location.search);
const pinnedToday = todayFromQuery(query);
if (pinnedToday) pinToday(window, pinnedToday);
const today = localIsoDate(new Date());
const store = new MailboxStore(window.localStorage, today);
let calls: CallRecord[] = [];
const callListeners = new Set<() => void>();

function applyRoamingSwitch(switches: Switches): void {
  const current = store.roamingSettings();
  const next = withRoamingFiller(current, switches.roamingAlmostFull, today);
  if (next !== current) store.saveRoamingSettings(next);
}

const bridge: PlaygroundBridge = {
  store,
  switches: loadSwitches(window.localStorage, query),
  ...(pinnedToday ? { pinnedToday } : {}),
  recordCall(call) {
    calls = [call, ...calls].slice(0, 14);
    for (const listener of callListeners) listener();
  },
};
applyRoamingSwitch(bridge.switches);
(window as BridgeWindow).relancePlayground = bridge;

const folders: SampleFolder[] = ['inbox', 'sent', 'drafts'];

function Playground() {
  const [, setVersion] = useState(0);
  const [switches, setSwitches] = useState(bridge.switches);
  const [paneLoad, setPaneLoad] = useState(0);
  // Pinned, the pane stays loaded for the message it opened on and follows the selection (Mailbox 1.5).
  const [pinned, setPinned] = useState(false);
  const [paneItem, setPaneItem] = useState<string | undefined>(store.view.selectedId);
  const [callList, setCallList] = useState(calls);
  useEffect(() => store.subscribe(() => setVersion((n) => n + 1)), []);
  useEffect(() => {
    const listener = () => setCallList(calls);
    callListeners.add(listener);
    return () => void callListeners.delete(listener);
  }, []);

  const language = switches.language;
  const strings = chromeStrings[language];
  const { folder, selectedId } = store.view;
  const selected = selectedId ? store.message(selectedId) : undefined;
  const master = store.masterCategories();

  const open = (id: string) => {
    const message = store.message(id);
    if (!message) return;
    store.select({ folder: message.folder, selectedId: id });
    if (pinned && paneItem && bridge.selectInPinnedPane) {
      bridge.selectInPinnedPane(id);
      return;
    }
    setPaneItem(id);
    setPaneLoad((n) => n + 1);
  };

  const changeSwitches = (next: Switches) => {
    saveSwitches(window.localStorage, next);
    bridge.switches = next;
    applyRoamingSwitch(next);
    setSwitches(next);
    setPaneItem(store.view.selectedId);
    setPaneLoad((n) => n + 1);
  };

  const reset = () => {
    if (!window.confirm(strings.resetConfirm)) return;
    store.reset();
    applyRoamingSwitch(bridge.switches);
    setPaneItem(store.view.selectedId);
    setPaneLoad((n) => n + 1);
  };

  const unread = store.folder('inbox').filter((message) => !message.read).length;
  const paneSrc = paneItem && (pinned || selected) ? `pane/taskpane.html?item=${encodeURIComponent(paneItem)}&load=${paneLoad}` : undefined;

  return (
    <div class="outlook" lang={language}>
      <header class="topbar">
        <strong>{strings.title}</strong>
        <span class="subtitle">{strings.subtitle}</span>
        <span class="today" data-today={today}>
          {strings.today(formatDate(today, language))}
        </span>
        <span class="owner">
          {store.owner.name} · {store.owner.email}
        </span>
        <a class="switch-host" href={`gmail.html${window.location.search}`}>
          {strings.switchToGmail}
        </a>
        <button type="button" onClick={() => open(store.createBlank().id)}>
          ✉ {strings.newMessage}
        </button>
        <button type="button" onClick={reset}>
          {strings.reset}
        </button>
      </header>
      <nav class="folders" aria-label="Dossiers">
        <ul>
          {folders.map((name) => {
            const count = name === 'inbox' ? unread : name === 'drafts' ? store.folder('drafts').length : 0;
            return (
              <li key={name}>
                <button type="button" aria-current={folder === name} data-folder={name} onClick={() => store.select({ folder: name })}>
                  <span>{strings.folders[name]}</span>
                  {count > 0 && <span class="count">{count}</span>}
                </button>
              </li>
            );
          })}
        </ul>
        <SwitchesPanel switches={switches} calls={callList} onChange={changeSwitches} />
      </nav>
      <section class="list" aria-label={strings.folders[folder]}>
        <h2>{strings.folders[folder]}</h2>
        <MessageList
          folder={folder}
          messages={store.folder(folder)}
          {...(selectedId ? { selectedId } : {})}
          today={today}
          master={master}
          language={language}
          onSelect={open}
        />
      </section>
      <main class="reading-pane">
        <div class="notices" role="status">
          {store.notices.map((notice) => (
            <p key={notice.id} class="notice">
              {notice.text}
              {notice.messageId && (
                <button type="button" onClick={() => notice.messageId && open(notice.messageId)}>
                  {strings.open}
                </button>
              )}
              <button type="button" aria-label={strings.close} onClick={() => store.dismiss(notice.id)}>
                ×
              </button>
            </p>
          ))}
        </div>
        {!selected ? (
          <p class="empty">{strings.noSelection}</p>
        ) : selected.folder === 'drafts' ? (
          <ComposeForm
            key={selected.id}
            message={selected}
            store={store}
            language={language}
            onDiscard={() => {
              store.discardDraft(selected.id);
              store.select({ folder: 'drafts' });
            }}
            onSend={() => {
              // Nothing leaves the machine: the message moves to Sent Items, and with it its id changes.
              store.saveDraft(selected.id);
              store.move(selected.id, 'sent');
              store.select({ folder: 'sent' });
            }}
          />
        ) : (
          <ReadingPane message={selected} master={master} language={language} onReplyAll={() => open(store.createReplyAll(selected.id, '').id)} />
        )}
      </main>
      <aside class="task-pane" aria-label="Relance">
        <header>
          <span>Relance</span>
          {paneSrc && (
            <button type="button" title={strings.pinPane} aria-label={strings.pinPane} aria-pressed={pinned} onClick={() => setPinned(!pinned)}>
              📌
            </button>
          )}
          {selected && (
            <button
              type="button"
              title={strings.reloadPane}
              aria-label={strings.reloadPane}
              onClick={() => {
                setPaneItem(selected.id);
                setPaneLoad((n) => n + 1);
              }}
            >
              ⟳
            </button>
          )}
        </header>
        {paneSrc ? <iframe key={paneSrc} title="Relance" name="relance-pane" src={paneSrc} /> : <p class="empty">{strings.paneClosed}</p>}
      </aside>
    </div>
  );
}

const root = document.getElementById('playground');
if (root) render(<Playground />, root);
