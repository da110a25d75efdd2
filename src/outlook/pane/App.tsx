/**
 * The task pane: tabs over the invoice and its reminder, the client's reply, the log and the
 * organisation's settings. The
 * decisions come from the core and the mailbox is reached only through `ops`; the App holds the
 * state the tabs share and renders the outcome of the last action.
 */
import type { JSX } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { detectLanguage, type IsoDate, type Language, type MailMessage, type RelanceSettings, settingsForClient } from '../../core';
import type { SettingsStatus } from '../config/load-settings';
import { ErrorBanner } from './ErrorBanner';
import { useAction } from './hooks/use-action';
import { useOpenMessage } from './hooks/use-open-message';
import { useReminderWriter } from './hooks/use-reminder-writer';
import { useReplyReading } from './hooks/use-reply-reading';
import { Notice } from './Notice';
import type { PaneOperations } from './pane-operations';
import { settingsStrings } from './settings-strings';
import { SignInPrompt } from './SignInPrompt';
import { paneStrings } from './strings';
import { LogTab } from './tabs/LogTab';
import { RemindTab } from './tabs/RemindTab';
import { type ConfirmedReading, ReplyTab } from './tabs/ReplyTab';
import { SettingsTab } from './tabs/SettingsTab';
import { panelId, TabList, tabId } from './tabs/TabList';
import type { TabProps } from './tabs/tab-props';
import { TodayTab } from './tabs/TodayTab';
import { todayStrings } from './today-strings';

export type PaneView = 'remind' | 'reply' | 'today' | 'log' | 'settings';

export type AppProps = {
  ops: PaneOperations;
  settings: RelanceSettings;
  language: Language;
  today: IsoDate;
  /** The tab to open on; without it, the message decides (a reply opens on the reply tab). */
  view?: PaneView;
  /** The pane runs beside a draft: the reminder is inserted into it. */
  compose: boolean;
  /** Outlook on Android or iOS: no draft forms there, the reminder is copied instead. */
  mobile?: boolean;
  /** Where the organisation settings came from and what is wrong with them. */
  settingsStatus?: SettingsStatus;
};

export function App(props: AppProps) {
  const { ops, settings, language, today, compose } = props;
  const strings = paneStrings[language];
  // Undefined until the user picks a tab: the message decides (a reply opens on the reply tab).
  const [tab, setTab] = useState<PaneView | undefined>(props.view);
  const [confirmed, setConfirmed] = useState<ConfirmedReading>();
  const open = useOpenMessage(ops, settings.userEmail, settings.organisation?.clients, language);
  const action = useAction();
  // The action to run again once the user has signed in (a flag that needed a Microsoft sign-in).
  const [afterSignIn, setAfterSignIn] = useState<{ retry: () => void }>();
  const [languageChoice, setLanguageChoice] = useState<Language>();
  const { form, ledger, message } = open;
  const status = props.settingsStatus;
  // The client's segment, law and language (its rule, else the language of the message); the UI keeps the host's.
  const email = form?.email;
  const lastName = form?.lastName;
  const forClient = useMemo(
    () => (email === undefined ? undefined : settingsForClient(settings, { contact: { lastName: lastName ?? '', email } }, message ? detectLanguage(message.body) : undefined)),
    [settings, email, lastName, message],
  );
  const reminderLanguage = languageChoice ?? forClient?.language ?? language;
  // The writer comes from its own chunk: until it is there, the proposal waits (the tab says it is reading).
  const writing = useReminderWriter();
  const { writer } = writing;
  const proposal = useMemo(
    () => (writer && form && ledger && forClient ? writer.proposeReminder({ form, ledger, settings: forClient.settings, today, language: reminderLanguage }) : undefined),
    [writer, form, ledger, forClient, today, reminderLanguage],
  );

  // A message someone else wrote is a reply to read: the pane opens on it, unless a tab was asked for.
  const isReply = !compose && !!message && !!settings.userEmail && message.from.email.toLowerCase() !== settings.userEmail.toLowerCase();
  const shown: PaneView = tab ?? (isReply ? 'reply' : 'remind');
  const reply = useReplyReading(ops, open.message, language, shown === 'reply');

  // Focus follows the result of each action (its notice or its error), never left on the body. A
  // layout effect moves it in the frame the result is drawn, before a Tab the user presses next.
  const outcome = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (action.settled > 0) outcome.current?.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
  }, [action.settled]);

  const tabProps: TabProps = {
    ops,
    settings,
    language,
    today,
    compose,
    mobile: props.mobile ?? false,
    open,
    action,
    askSignIn: (retry) => setAfterSignIn(retry ? { retry } : undefined),
    writing,
    ...(proposal ? { proposal } : {}),
    ...(status ? { settingsStatus: status } : {}),
    ...(forClient
      ? { reminderLanguage: { value: reminderLanguage, source: languageChoice ? 'chosen' : forClient.resolved.languageSource, choose: setLanguageChoice } }
      : {}),
  };

  // The tabs as data: a new tab is one entry (its name, when it shows, its panel).
  const tabTable: { id: PaneView; label: string; shown: boolean; panel: () => JSX.Element | null }[] = [
    { id: 'remind', label: strings.tabs.remind, shown: true, panel: () => <RemindTab {...tabProps} /> },
    {
      id: 'reply',
      label: strings.tabs.reply,
      shown: !compose,
      panel: () => <ReplyTab {...tabProps} reply={reply} onConfirmed={setConfirmed} fromColleague={fromColleague(message, settings.userEmail)} {...(confirmed ? { confirmed } : {})} />,
    },
    { id: 'today', label: todayStrings[language].title, shown: !compose, panel: () => <TodayTab {...tabProps} /> },
    { id: 'log', label: strings.tabs.log, shown: true, panel: () => <LogTab {...tabProps} /> },
    {
      id: 'settings',
      label: settingsStrings[language].tab,
      shown: true,
      panel: () => (status ? <SettingsTab settings={settings} status={status} language={language} today={today} /> : null),
    },
  ];
  const tabs = tabTable.filter((entry) => entry.shown);
  const current = tabs.find((entry) => entry.id === shown) ?? tabs[0]!;
  // The Relance and reply tabs wait for the writer's chunk: the panel says it is being filled meanwhile.
  const waiting = (current.id === 'remind' || current.id === 'reply') && !writer && writing.error === undefined;

  return (
    <main lang={language}>
      {/* Outlook titles the pane with the add-in's name: the level-one heading is for assistive technologies. */}
      <h1 class="visually-hidden">{strings.heading}</h1>
      <TabList tabs={tabs} selected={current.id} label={strings.tabsLabel} onSelect={setTab} />
      {/* Pinned while the user scrolls: the outcome of the last action stays in view. */}
      <div class="outcome" ref={outcome}>
        {action.notice && <Notice lines={action.notice.lines} tone={action.notice.tone} />}
        {action.failure && <ErrorBanner error={action.failure.error} language={language} intact={action.failure.intact} onRetry={action.failure.retry} />}
        {afterSignIn && ops.signIn && <SignInPrompt language={language} signIn={ops.signIn} busy={action.busy} onSignedIn={afterSignIn.retry} />}
      </div>
      <div role="tabpanel" id={panelId(current.id)} aria-labelledby={tabId(current.id)} aria-busy={action.busy || waiting} tabIndex={0}>
        {action.busy && (
          <p class="busy">
            <span class="spinner" aria-hidden="true" />
            {strings.busy}
          </p>
        )}
        {current.panel()}
      </div>
    </main>
  );
}

/** Someone of the user's own organisation (same domain): their mail is not the client's answer. */
function fromColleague(message: MailMessage | undefined, userEmail: string | undefined): boolean {
  const domain = (email: string | undefined) => email?.split('@')[1]?.toLowerCase();
  return !!message && !!userEmail && message.from.email.toLowerCase() !== userEmail.toLowerCase() && domain(message.from.email) === domain(userEmail);
}
