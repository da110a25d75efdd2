/** Entry of the task pane: once Office is ready, read the settings and render the pane. */
import { render } from 'preact';
import { createOutlookMailbox } from './adapter/create-outlook-mailbox';
import { createOperations } from './app/create-operations';
import { copyText } from './app/copy-text';
import { downloadText } from './app/download-text';
import { localIsoDate } from './app/local-iso-date';
import { loadSettings } from './config/load-settings';
import { createCallQueue } from './office/call-queue';
import { officeAsync } from './office/office-async';
import { isReadItem } from './office/office-host';
import { App, type PaneView } from './pane/App';
import { paneLanguage } from './pane/strings';

function initialView(search: string): PaneView {
  const view = new URLSearchParams(search).get('view');
  return view === 'reply' || view === 'log' || view === 'settings' ? view : 'remind';
}

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  const context = Office.context;
  const language = paneLanguage(context.displayLanguage);
  const today = () => localIsoDate(new Date());
  // Fetched on every start, never cached: an admin's change applies from the next pane opened.
  const { settings, graphClientId, status } = await loadSettings({
    fetch: window.fetch.bind(window),
    paneUrl: window.location.href,
    user: context.mailbox.userProfile,
  });
  // One queue for every Office call of the pane: the web host fails a fourth concurrent call.
  const queue = createCallQueue();
  const mailbox = createOutlookMailbox({
    host: Office,
    queue,
    today,
    fetch: window.fetch.bind(window),
    sleep: (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000)),
    isOnline: () => navigator.onLine,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    ...(graphClientId ? { graphClientId } : {}),
  });
  const ops = createOperations({ mailbox, today, download: downloadText, copy: copyText });
  let generation = 0;
  const draw = () => {
    const item = context.mailbox.item;
    generation += 1;
    render(
      <App
        key={generation}
        ops={ops}
        settings={settings}
        language={language}
        today={today()}
        view={initialView(window.location.search)}
        compose={!!item && !isReadItem(item)}
        settingsStatus={status}
      />,
      root,
    );
  };
  draw();
  // A pinned pane stays open while the user moves from message to message (Mailbox 1.5).
  if (context.requirements.isSetSupported('Mailbox', '1.5')) {
    void officeAsync<void>(queue, 'addHandlerAsync', (callback) =>
      context.mailbox.addHandlerAsync(Office.EventType.ItemChanged, draw, callback as (result: Office.AsyncResult<void>) => void),
    ).catch(() => {
      // Without the handler the pane still works for the message it opened on.
    });
  }
}

// A pane that cannot start shows nothing: the console keeps why, for whoever supports the user.
void Office.onReady(() => start().catch((error: unknown) => console.error('Relance: the task pane could not start', error)));
