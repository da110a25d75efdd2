/**
 * The task pane: tabs over the invoice and its reminder, the client's reply, the log and the
 * organisation's settings. The
 * decisions come from the core and the mailbox is reached only through `ops`; the App holds the
 * state the tabs share and renders the outcome of the last action.
 */
import { useMemo, useState } from 'preact/hooks';
import { detectLanguage, type IsoDate, type Language, proposeReminder, type RelanceSettings, settingsForClient } from '../../core';
import type { SettingsStatus } from '../config/load-settings';
import { ErrorBanner } from './ErrorBanner';
import { useAction } from './hooks/use-action';
import { useOpenMessage } from './hooks/use-open-message';
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
import type { TabProps } from './tabs/tab-props';
import { TodayTab } from './tabs/TodayTab';
import { todayStrings } from './today-strings';

export type PaneView = 'remind' | 'reply' | 'today' | 'log' | 'settings';

export type AppProps = {
  ops: PaneOperations;
  settings: RelanceSettings;
  language: Language;
  today: IsoDate;
  view: PaneView;
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
  const [tab, setTab] = useState<PaneView>(props.view);
  const [confirmed, setConfirmed] = useState<ConfirmedReading>();
  const open = useOpenMessage(ops, settings.userEmail);
  const reply = useReplyReading(ops, open.message, language, tab === 'reply');
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
  const proposal = useMemo(
    () => (form && ledger && forClient ? proposeReminder({ form, ledger, settings: forClient.settings, today, language: reminderLanguage }) : undefined),
    [form, ledger, forClient, today, reminderLanguage],
  );

  const tabs: PaneView[] = compose ? ['remind', 'log', 'settings'] : ['remind', 'reply', 'today', 'log', 'settings'];
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
    ...(proposal ? { proposal } : {}),
    ...(status ? { settingsStatus: status } : {}),
    ...(forClient
      ? { reminderLanguage: { value: reminderLanguage, source: languageChoice ? 'chosen' : forClient.resolved.languageSource, choose: setLanguageChoice } }
      : {}),
  };

  return (
    <main lang={language}>
      <nav role="tablist">
        {tabs.map((name) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} onClick={() => setTab(name)}>
            {name === 'settings' ? settingsStrings[language].tab : name === 'today' ? todayStrings[language].title : strings.tabs[name]}
          </button>
        ))}
      </nav>
      {/* Pinned while the user scrolls: the buttons sit under a long form, the outcome must stay in view. */}
      <div class="outcome">
        {action.error !== undefined && <ErrorBanner error={action.error} language={language} />}
        {action.notice && <Notice lines={action.notice.lines} tone={action.notice.tone} />}
        {afterSignIn && ops.signIn && <SignInPrompt language={language} signIn={ops.signIn} busy={action.busy} onSignedIn={afterSignIn.retry} />}
      </div>
      <div role="tabpanel">
        {tab === 'remind' ? (
          <RemindTab {...tabProps} />
        ) : tab === 'reply' ? (
          <ReplyTab {...tabProps} reply={reply} onConfirmed={setConfirmed} {...(confirmed ? { confirmed } : {})} />
        ) : tab === 'today' ? (
          <TodayTab {...tabProps} />
        ) : tab === 'log' ? (
          <LogTab {...tabProps} />
        ) : status ? (
          <SettingsTab settings={settings} status={status} language={language} today={today} />
        ) : null}
      </div>
    </main>
  );
}
