/**
 * The task pane: the invoice read from the message and its reminder, the client's reply and its
 * promise, and the log. Decisions come from the core; the mailbox is reached only through `ops`.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  answerStep,
  findEntry,
  followUpDate,
  followUpsDue,
  formatDate,
  formatMoney,
  type InvoiceForm as Form,
  type IsoDate,
  isRelanceError,
  type Language,
  type Ledger,
  ledgerCapacity,
  type LedgerCapacity,
  type LedgerEntry,
  type MailMessage,
  promiseRows,
  type PromiseRecord,
  proposeReminder,
  type RelanceError,
  type RelanceSettings,
  renderReminder,
  type RenderedReminder,
  detectLanguage,
  settingsForClient,
  toCsv,
} from '../../core';
import type { SettingsStatus } from '../config/load-settings';
import { FirstRun } from './FirstRun';
import { LanguageSwitch } from './LanguageSwitch';
import { settingsStrings } from './settings-strings';
import { SettingsView } from './SettingsView';
import type { ReplyReading } from '../../core';
import { describeFailure } from './describe-failure';
import { ErrorBanner } from './ErrorBanner';
import { InvoiceForm } from './InvoiceForm';
import { LogView } from './LogView';
import { Notice, type NoticeTone } from './Notice';
import type { ConfirmOutcome, PaneOperations } from './pane-operations';
import { PlanView } from './PlanView';
import { ReminderPreview } from './ReminderPreview';
import { ReplyView } from './ReplyView';
import { paneStrings } from './strings';

export type PaneView = 'remind' | 'reply' | 'log' | 'settings';

export type AppProps = {
  ops: PaneOperations;
  settings: RelanceSettings;
  language: Language;
  today: IsoDate;
  view: PaneView;
  /** The pane runs beside a draft: the reminder is inserted into it. */
  compose: boolean;
  /** Where the organisation settings came from and what is wrong with them. */
  settingsStatus?: SettingsStatus;
};

type Answer = { reminder?: RenderedReminder; renderError?: RelanceError };

export function App(props: AppProps) {
  const { ops, settings, language, today, compose } = props;
  const strings = paneStrings[language];
  const [tab, setTab] = useState<PaneView>(props.view);
  const [message, setMessage] = useState<MailMessage>();
  const [messageError, setMessageError] = useState<unknown>();
  const [ledger, setLedger] = useState<Ledger>();
  const [form, setForm] = useState<Form>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<{ lines: string[]; tone: NoticeTone }>();
  const [reading, setReading] = useState<ReplyReading>();
  const [readingError, setReadingError] = useState<unknown>();
  const [mark, setMark] = useState<PromiseRecord>();
  const [confirmed, setConfirmed] = useState<ConfirmOutcome>();
  const [attempt, setAttempt] = useState(0);
  const [languageChoice, setLanguageChoice] = useState<Language>();
  const status = props.settingsStatus;
  // No settings file yet: a first-run screen rather than every field reported missing.
  const unconfigured = status?.state === 'missing' || status?.state === 'unreadable';
  const exampleIdentity = status?.state === 'example';

  useEffect(() => {
    let live = true;
    setMessageError(undefined);
    const opened = async () => {
      const [read, log] = await Promise.all([ops.readMessage(), ops.loadLedger()]);
      return { read, log, prefilled: await ops.formFromMessage(read, log, settings.userEmail) };
    };
    opened().then(
      ({ read, log, prefilled }) => {
        if (!live) return;
        setMessage(read);
        setLedger(log);
        setForm(prefilled);
      },
      (failure: unknown) => {
        if (!live) return;
        setMessageError(failure);
        // The log stays readable even when the message cannot be read.
        ops.loadLedger().then((log) => live && setLedger(log), () => undefined);
      },
    );
    return () => {
      live = false;
    };
  }, [ops, attempt]);

  useEffect(() => {
    if (tab !== 'reply' || !message || reading || readingError) return;
    let live = true;
    ops.readReply({ text: message.body, receivedOn: message.receivedOn, language }).then(
      (result) => live && setReading(result),
      (failure: unknown) => live && setReadingError(failure),
    );
    ops.replyMark().then((found) => live && setMark(found), () => undefined);
    return () => {
      live = false;
    };
  }, [tab, message, reading, readingError]);

  // The client's segment, law and language (its rule, else the language of the message); the UI keeps the host's.
  const forClient = useMemo(
    () => (form ? settingsForClient(settings, { contact: { lastName: form.lastName, email: form.email } }, message ? detectLanguage(message.body) : undefined) : undefined),
    [settings, form?.email, message],
  );
  const reminderLanguage = languageChoice ?? forClient?.language ?? language;
  const proposal = useMemo(
    () => (form && ledger && forClient ? proposeReminder({ form, ledger, settings: forClient.settings, today, language: reminderLanguage }) : undefined),
    [form, ledger, forClient, today, reminderLanguage],
  );

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      await action();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const capacityLine = (capacity: LedgerCapacity | undefined): string[] => {
    if (!capacity || capacity.level === 'ok') return [];
    return [capacity.level === 'full' ? strings.log.full : strings.log.nearlyFull(Math.round((capacity.usedBytes / capacity.limitBytes) * 100))];
  };

  const createDraft = (reminder: RenderedReminder, entry: LedgerEntry) =>
    run(async () => {
      // Signed with the example company, a reminder would send the client to a stranger's account.
      if (exampleIdentity) {
        setNotice({ lines: [settingsStrings[language].exampleRefused], tone: 'warning' });
        return;
      }
      const outcome = await ops.createDraft({ reminder, entry, ...(message?.id ? { message } : {}) });
      const { mode, draftId } = outcome.draft;
      const opened =
        mode === 'reply-all' ? strings.draft.replyAll : mode === 'new-message' ? strings.draft.newMessage : draftId ? strings.draft.insertedSaved : strings.draft.insertedUnsaved;
      const logLines = outcome.logged
        ? [strings.draft.logged, ...capacityLine(outcome.capacity)]
        : [strings.draft.notLogged, describeFailure(outcome.logError, language).title];
      if (outcome.ledger) setLedger(outcome.ledger);
      const warn = !outcome.logged || (mode === 'inserted' && !draftId) || outcome.capacity?.level !== 'ok';
      setNotice({ lines: [opened, ...logLines], tone: warn ? 'warning' : 'success' });
    });

  const flag = (entry: LedgerEntry, on: IsoDate) =>
    run(async () => {
      if (!message) return;
      const outcome = await ops.flag({ entry, message, on });
      if (outcome.ledger) setLedger(outcome.ledger);
      const lines = [strings.flag.done(outcome.flag.mode, formatDate(on, language))];
      if (outcome.flag.hint) lines.push(strings.flag.hints[outcome.flag.hint]);
      if (!outcome.logged) lines.push(strings.flag.notLogged, describeFailure(outcome.logError, language).title);
      setNotice({ lines, tone: outcome.flag.mode === 'flag' && outcome.logged ? 'success' : 'warning' });
    });

  const replyEntry = (found: ReplyReading | undefined): LedgerEntry | undefined => {
    if (!found || !ledger) return undefined;
    for (const number of found.invoiceNumbers) {
      const entry = findEntry(ledger, number);
      if (entry) return entry;
    }
    return proposal?.ok ? proposal.entry : undefined;
  };

  const confirm = (entry: LedgerEntry, found: ReplyReading, date: string | undefined) =>
    run(async () => {
      if (!message) return;
      const outcome = await ops.confirm({ message, reading: found, entry, ...(date ? { date } : {}) });
      setConfirmed(outcome);
      setLedger(outcome.ledger);
      const promised = outcome.entry.promises.find((record: PromiseRecord) => record.id === message.id);
      const lines = [found.intent === 'promise' && promised ? strings.reply.confirmed(formatDate(promised.date, language)) : strings.reply.recorded];
      if (!outcome.marked) lines.push(strings.reply.notMarked);
      lines.push(...capacityLine(outcome.capacity));
      setNotice({ lines, tone: outcome.marked && outcome.capacity.level === 'ok' ? 'success' : 'warning' });
    });

  const answer = useMemo<Answer | undefined>(() => {
    if (!confirmed || !reading) return undefined;
    const step = answerStep(reading.intent);
    if (!step) return undefined;
    try {
      const reminder = renderReminder({
        step,
        invoices: [confirmed.entry.invoice],
        client: confirmed.entry.client,
        sender: settings.sender,
        today,
        history: confirmed.entry.history,
        language,
        ...(settings.terms ? { terms: settings.terms } : {}),
      });
      return { reminder };
    } catch (failure) {
      if (isRelanceError(failure)) return { renderError: failure };
      throw failure;
    }
  }, [confirmed, reading]);

  const tabs: PaneView[] = compose ? ['remind', 'log', 'settings'] : ['remind', 'reply', 'log', 'settings'];

  const remindTab = () => {
    if (messageError) return <ErrorBanner error={messageError} language={language} onRetry={() => setAttempt((n) => n + 1)} />;
    if (unconfigured && status) return <FirstRun url={status.url} language={language} unreadable={status.state === 'unreadable'} />;
    if (!form || !proposal) return <p>{strings.loading}</p>;
    const issues = proposal.ok ? [] : proposal.issues;
    const due = proposal.ok ? followUpDate(proposal.plan, today) : undefined;
    return (
      <>
        <InvoiceForm
          form={form}
          issues={issues}
          language={language}
          onChange={setForm}
          // Left blank, the balance is worked out from the part payments: show what it came to.
          {...(proposal.ok && form.amountDue.trim() === '' && proposal.entry.invoice.amountDue
            ? { worked: { amountDue: formatMoney(proposal.entry.invoice.amountDue, language) } }
            : {})}
        />
        {proposal.ok && (
          <>
            <PlanView plan={proposal.plan} language={language} />
            {forClient && (
              <LanguageSwitch value={reminderLanguage} source={languageChoice ? 'chosen' : forClient.resolved.languageSource} language={language} onChange={setLanguageChoice} />
            )}
            {exampleIdentity && <Notice lines={[settingsStrings[language].exampleRefused]} tone="warning" />}
            {proposal.reminder || proposal.renderError ? (
              <ReminderPreview language={language} {...(proposal.reminder ? { reminder: proposal.reminder } : {})} {...(proposal.renderError ? { renderError: proposal.renderError } : {})} />
            ) : (
              <p>{strings.preview.nothing}</p>
            )}
            <div class="actions">
              <button
                type="button"
                class="primary"
                disabled={busy || !proposal.reminder || exampleIdentity}
                onClick={() => proposal.reminder && !exampleIdentity && createDraft(proposal.reminder, proposal.entry)}
              >
                {compose ? strings.actions.insert : strings.actions.createDraft}
              </button>
              {!compose && due && (
                <button type="button" disabled={busy} onClick={() => flag(proposal.entry, due)}>
                  {strings.actions.flag}
                </button>
              )}
            </div>
          </>
        )}
      </>
    );
  };

  const replyTab = () => {
    if (messageError) return <ErrorBanner error={messageError} language={language} onRetry={() => setAttempt((n) => n + 1)} />;
    if (readingError) return <ErrorBanner error={readingError} language={language} onRetry={() => setReadingError(undefined)} />;
    if (!reading) return <p>{strings.loading}</p>;
    const entry = replyEntry(reading);
    return (
      <>
        <ReplyView
          reading={reading}
          language={language}
          busy={busy}
          canConfirm={!!entry}
          onConfirm={(date) => entry && confirm(entry, reading, date)}
          {...(mark ? { mark } : {})}
        />
        {!entry && <p class="note">{strings.reply.noInvoice}</p>}
        {confirmed &&
          (answer ? (
            <>
              <ReminderPreview
                language={language}
                title={strings.reply.answerTitle}
                {...(answer.reminder ? { reminder: answer.reminder } : {})}
                {...(answer.renderError ? { renderError: answer.renderError } : {})}
              />
              <button type="button" class="primary" disabled={busy || !answer.reminder} onClick={() => answer.reminder && createDraft(answer.reminder, confirmed.entry)}>
                {strings.actions.answer}
              </button>
            </>
          ) : (
            <p>{strings.reply.noAnswer}</p>
          ))}
      </>
    );
  };

  const logTab = () => {
    if (!ledger) return <p>{strings.loading}</p>;
    const rows = promiseRows(ledger, today);
    return (
      <LogView
        rows={rows}
        followUps={followUpsDue(ledger, today, settings.scenario)}
        capacity={ledgerCapacity(ledger, ops.ledgerLimitBytes)}
        language={language}
        onExport={() => ops.download(`relance-${today}.csv`, toCsv(rows, language))}
        onCopy={() => ops.copy(toCsv(rows, language))}
        csv={() => toCsv(rows, language)}
      />
    );
  };

  return (
    <main lang={language}>
      <nav role="tablist">
        {tabs.map((name) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} onClick={() => setTab(name)}>
            {name === 'settings' ? settingsStrings[language].tab : strings.tabs[name]}
          </button>
        ))}
      </nav>
      {/* Pinned while the user scrolls: the buttons sit under a long form, the outcome must stay in view. */}
      <div class="outcome">
        {error !== undefined && <ErrorBanner error={error} language={language} />}
        {notice && <Notice lines={notice.lines} tone={notice.tone} />}
      </div>
      <div role="tabpanel">
        {tab === 'remind' ? remindTab() : tab === 'reply' ? replyTab() : tab === 'log' ? logTab() : status ? <SettingsView settings={settings} status={status} language={language} today={today} /> : null}
      </div>
    </main>
  );
}
