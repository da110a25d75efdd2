/**
 * Starts the task pane: paints at once (the tabs' place and "Reading the message…"), then fetches the
 * organisation's settings document and renders the pane. A slow or missing settings file never leaves the
 * pane blank. Returns the redraw the shell calls when a pinned pane moves to another message.
 */
import { render } from 'preact';
import type { IsoDate } from '../../core';
import { createOutlookMailbox } from '../adapter/create-outlook-mailbox';
import type { MsalModule } from '../adapter/naa-token';
import { loadSettings } from '../config/load-settings';
import type { CallQueue } from '../office/call-queue';
import { isReadItem, type OfficeHost } from '../office/office-host';
import { App, type PaneView } from '../pane/App';
import { loadReminderWriter } from '../pane/hooks/use-reminder-writer';
import { paneLanguage, paneStrings } from '../pane/strings';
import { createOperations, type InvoiceReader, type ReplyReader } from './create-operations';

export type PaneEnvironment = {
  host: OfficeHost;
  root: HTMLElement;
  /** The page's address: the settings file sits beside it; `?view=` picks the first tab. */
  location: { href: string; search: string };
  fetch: typeof fetch;
  queue: CallQueue;
  today: () => IsoDate;
  sleep: (seconds: number) => Promise<void>;
  isOnline: () => boolean;
  /** Used for flags only when Outlook does not give the user's Windows time zone. */
  fallbackTimeZone?: string;
  download: (fileName: string, content: string) => void;
  copy: (text: string) => Promise<boolean>;
  loadMsal?: () => Promise<MsalModule>;
  loadInvoiceReader?: () => Promise<InvoiceReader>;
  loadReplyReader?: () => Promise<ReplyReader>;
};

/** The tab `?view=` asks for; none lets the message decide (a client's reply opens on the reply tab). */
function initialView(search: string): PaneView | undefined {
  const view = new URLSearchParams(search).get('view');
  return view === 'remind' || view === 'reply' || view === 'today' || view === 'log' || view === 'settings' ? view : undefined;
}

export async function startPane(env: PaneEnvironment): Promise<() => void> {
  const { host, root } = env;
  const context = host.context;
  const language = paneLanguage(context.displayLanguage);
  // The first paint needs nothing from the network.
  render(
    <main lang={language} aria-busy="true">
      <p>{paneStrings[language].loading}</p>
    </main>,
    root,
  );
  // The reminder writer's chunk comes in beside the settings; a failed load is said, with a retry, by the tab that needs it.
  void loadReminderWriter().catch(() => undefined);
  // Fetched on every start, never cached: an admin's change applies from the next pane opened.
  const { settings, graphClientId, status } = await loadSettings({ fetch: env.fetch, paneUrl: env.location.href, user: context.mailbox.userProfile });
  const mailbox = createOutlookMailbox({
    host,
    queue: env.queue,
    today: env.today,
    fetch: env.fetch,
    sleep: env.sleep,
    isOnline: env.isOnline,
    ...(env.fallbackTimeZone ? { timeZone: env.fallbackTimeZone } : {}),
    ...(graphClientId ? { graphClientId } : {}),
    ...(env.loadMsal ? { loadMsal: env.loadMsal } : {}),
  });
  const ops = createOperations({
    mailbox,
    today: env.today,
    download: env.download,
    copy: env.copy,
    ...(env.loadInvoiceReader ? { loadInvoiceReader: env.loadInvoiceReader } : {}),
    ...(env.loadReplyReader ? { loadReplyReader: env.loadReplyReader } : {}),
  });
  const view = initialView(env.location.search);
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
        today={env.today()}
        {...(view ? { view } : {})}
        compose={!!item && !isReadItem(item)}
        mobile={mailbox.isMobile}
        settingsStatus={status}
      />,
      root,
    );
  };
  draw();
  return draw;
}
