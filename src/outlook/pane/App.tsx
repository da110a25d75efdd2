/**
 * The task pane: tabs over the invoice and its reminder, the client's reply, and the log. The
 * decisions come from the core and the mailbox is reached only through `ops`; the App holds the
 * state the tabs share and renders the outcome of the last action.
 */
import { useMemo, useState } from 'preact/hooks';
import { type ConfirmedReply, type IsoDate, type Language, proposeReminder, type RelanceSettings } from '../../core';
import { ErrorBanner } from './ErrorBanner';
import { useAction } from './hooks/use-action';
import { useOpenMessage } from './hooks/use-open-message';
import { useReplyReading } from './hooks/use-reply-reading';
import { Notice } from './Notice';
import type { PaneOperations } from './pane-operations';
import { paneStrings } from './strings';
import { LogTab } from './tabs/LogTab';
import { RemindTab } from './tabs/RemindTab';
import { ReplyTab } from './tabs/ReplyTab';
import type { TabProps } from './tabs/tab-props';

export type PaneView = 'remind' | 'reply' | 'log';

export type AppProps = {
  ops: PaneOperations;
  settings: RelanceSettings;
  language: Language;
  today: IsoDate;
  view: PaneView;
  /** The pane runs beside a draft: the reminder is inserted into it. */
  compose: boolean;
  configProblem?: 'missing' | 'invalid';
};

export function App(props: AppProps) {
  const { ops, settings, language, today, compose } = props;
  const strings = paneStrings[language];
  const [tab, setTab] = useState<PaneView>(props.view);
  const [confirmed, setConfirmed] = useState<ConfirmedReply>();
  const open = useOpenMessage(ops, settings.userEmail);
  const reply = useReplyReading(ops, open.message, language, tab === 'reply');
  const action = useAction();
  const { form, ledger } = open;
  const proposal = useMemo(() => (form && ledger ? proposeReminder({ form, ledger, settings, today, language }) : undefined), [form, ledger, settings, today, language]);

  const tabs: PaneView[] = compose ? ['remind', 'log'] : ['remind', 'reply', 'log'];
  const tabProps: TabProps = { ops, settings, language, today, compose, open, action, ...(proposal ? { proposal } : {}) };

  return (
    <main lang={language}>
      <nav role="tablist">
        {tabs.map((name) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} onClick={() => setTab(name)}>
            {strings.tabs[name]}
          </button>
        ))}
      </nav>
      {props.configProblem && <Notice lines={[strings.configMissing]} tone="warning" />}
      {/* Pinned while the user scrolls: the buttons sit under a long form, the outcome must stay in view. */}
      <div class="outcome">
        {action.error !== undefined && <ErrorBanner error={action.error} language={language} />}
        {action.notice && <Notice lines={action.notice.lines} tone={action.notice.tone} />}
      </div>
      <div role="tabpanel">
        {tab === 'remind' ? (
          <RemindTab {...tabProps} />
        ) : tab === 'reply' ? (
          <ReplyTab {...tabProps} reply={reply} onConfirmed={setConfirmed} {...(confirmed ? { confirmed } : {})} />
        ) : (
          <LogTab {...tabProps} />
        )}
      </div>
    </main>
  );
}
