/** Entry of the task pane: once Office is ready, start the pane and follow a pinned pane's moves. */
import { copyText } from './app/copy-text';
import { downloadText } from './app/download-text';
import { localIsoDate } from './app/local-iso-date';
import { startPane } from './app/start-pane';
import { createCallQueue } from './office/call-queue';
import { officeAsync } from './office/office-async';
import { themeOfBackground } from './pane/office-theme';

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  const context = Office.context;
  // Office's own theme, where the host gives one, wins over the system's colour scheme.
  const theme = themeOfBackground(context.officeTheme?.bodyBackgroundColor);
  if (theme) document.documentElement.dataset.theme = theme;
  // One queue for every Office call of the pane: the web host fails a fourth concurrent call.
  const queue = createCallQueue();
  const draw = await startPane({
    host: Office,
    root,
    location: window.location,
    fetch: window.fetch.bind(window),
    queue,
    today: () => localIsoDate(new Date()),
    sleep: (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000)),
    isOnline: () => navigator.onLine,
    fallbackTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    download: downloadText,
    copy: copyText,
  });
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
