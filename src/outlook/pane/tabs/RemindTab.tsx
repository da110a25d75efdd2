/** The "Relance" tab: the invoice form, the plan, the reminder and the buttons that draft it or flag the thread. */
import { findEntry, followUpDate, formatDate, formatMoney, type IsoDate, type LedgerEntry, type RenderedReminder, type StepId, stepLabels } from '../../../core';
import { capacityLines } from '../capacity-lines';
import { CopyReminder } from '../CopyReminder';
import { draftOutcome } from '../draft-outcome';
import { ErrorBanner } from '../ErrorBanner';
import { FirstRun } from '../FirstRun';
import { useOtherInvoices } from '../hooks/use-other-invoices';
import { InvoiceForm } from '../InvoiceForm';
import { LanguageSwitch } from '../LanguageSwitch';
import { Notice } from '../Notice';
import { OtherInvoices } from '../OtherInvoices';
import { PaymentReceived } from '../PaymentReceived';
import { PlanView } from '../PlanView';
import { ReminderPreview } from '../ReminderPreview';
import { SentQuestion } from '../SentQuestion';
import { settingsStrings } from '../settings-strings';
import { paneStrings } from '../strings';
import type { TabProps } from './tab-props';

export function RemindTab({ ops, settings, language, today, compose, mobile, open, proposal, action, askSignIn, settingsStatus: status, reminderLanguage }: TabProps) {
  const strings = paneStrings[language];
  // The client's other open invoices, ticked ones written into the same reminder and logged with it.
  const others = useOtherInvoices({ ledger: open.ledger, proposal, settings, today, language: reminderLanguage?.value ?? language });
  const { message, form } = open;
  // Signed with the example company, a reminder would send the client to a stranger's account.
  const exampleIdentity = status?.state === 'example';
  if (open.messageError !== undefined) return <ErrorBanner error={open.messageError} language={language} onRetry={open.retry} />;
  // No settings file yet: a first-run screen rather than every field reported missing.
  if (status && (status.state === 'missing' || status.state === 'unreadable')) return <FirstRun url={status.url} language={language} unreadable={status.state === 'unreadable'} />;
  if (!form || !proposal) return <p>{strings.loading}</p>;

  const createDraft = (reminder: RenderedReminder, entry: LedgerEntry) =>
    action.run(async () => {
      if (exampleIdentity) return { lines: [settingsStrings[language].exampleRefused], tone: 'warning' };
      const several = others.rendering && others.entries && others.entries.length > 1 ? others.entries : undefined;
      const outcome = several
        ? await ops.draftForClient({ reminder, entries: several, ...(message?.id ? { message } : {}) }).then((drafted) => ({ ...drafted, entry }))
        : await ops.createDraft({ reminder, entry, ...(message?.id ? { message } : {}) });
      await open.refreshLedger();
      return draftOutcome(outcome, strings);
    });

  const flag = (entry: LedgerEntry, on: IsoDate): void =>
    action.run(async () => {
      if (!message) return undefined;
      const outcome = await ops.flag({ entry, message, on });
      // A silent sign-in failed: the button starts the popup from a click, then flags again.
      askSignIn(outcome.flag.hint === 'sign-in-required' && ops.signIn ? () => flag(entry, on) : undefined);
      await open.refreshLedger();
      const lines = [strings.flag.done(outcome.flag.mode, formatDate(on, language))];
      if (outcome.flag.hint) lines.push(strings.flag.hints[outcome.flag.hint]);
      lines.push(...capacityLines(outcome.capacity, strings));
      return { lines, tone: outcome.flag.mode === 'flag' && outcome.capacity.level === 'ok' ? 'success' : 'warning' };
    });

  const recordPayment = (entry: LedgerEntry, paidOn: IsoDate) =>
    action.run(async () => {
      const outcome = await ops.recordPayment({ entry, paidOn });
      await open.refreshLedger();
      return { lines: [strings.payment.recorded(formatDate(paidOn, language)), ...capacityLines(outcome.capacity, strings)], tone: outcome.capacity.level === 'ok' ? 'success' : 'warning' };
    });

  // The call script is for the user only (DOMAIN.md): copied for their notes, never drafted to the client.
  const copyScript = (text: string) =>
    action.run(async () => {
      const copied = await ops.copy(text);
      return { lines: [copied ? strings.script.copied : strings.script.copyFailed], tone: copied ? 'success' : 'warning' };
    });

  const noteSent = (entry: LedgerEntry) =>
    void ops.noteSent(entry).then(
      () => open.refreshLedger(),
      // Not finding the sent items leaves the reminder drafted; the next opening looks again.
      () => undefined,
    );

  const confirmSent = (entry: LedgerEntry, step: StepId, on: IsoDate) =>
    action.run(async () => {
      await ops.confirmSent({ entry, step, on });
      await open.refreshLedger();
      return { lines: [strings.sent.done(stepLabels[step][language], formatDate(on, language))], tone: 'success' };
    });

  const followed = proposal.ok && open.ledger ? findEntry(open.ledger, proposal.entry.invoice.number) : undefined;
  const reminder = others.rendering ? others.rendering.reminder : proposal.ok ? proposal.reminder : undefined;
  const renderError = others.rendering ? others.rendering.renderError : proposal.ok ? proposal.renderError : undefined;
  const issues = proposal.ok ? [] : proposal.issues;
  const due = proposal.ok ? followUpDate(proposal.plan, today) : undefined;
  return (
    <>
      <InvoiceForm
        form={form}
        issues={issues}
        language={language}
        onChange={open.setForm}
        // Left blank, the balance is worked out from the part payments: show what it came to.
        {...(proposal.ok && form.amountDue.trim() === '' && proposal.entry.invoice.amountDue
          ? { worked: { amountDue: formatMoney(proposal.entry.invoice.amountDue, language) } }
          : {})}
      />
      {proposal.ok && (
        <>
          {!compose && <SentQuestion entry={followed} language={language} seesSentItems={ops.seesSentItems} busy={action.busy} onLook={noteSent} onConfirm={confirmSent} />}
          <PlanView plan={proposal.plan} language={language} />
          {reminderLanguage && <LanguageSwitch value={reminderLanguage.value} source={reminderLanguage.source} language={language} onChange={reminderLanguage.choose} />}
          {exampleIdentity && <Notice lines={[settingsStrings[language].exampleRefused]} tone="warning" />}
          {proposal.step && <OtherInvoices invoices={others.invoices} ticked={others.ticked} onToggle={others.toggle} today={today} language={language} disabled={action.busy} />}
          {reminder || renderError ? (
            <ReminderPreview language={language} {...(reminder ? { reminder } : {})} {...(renderError ? { renderError } : {})} />
          ) : (
            <p>{strings.preview.nothing}</p>
          )}
          {reminder?.channel === 'phone' && <p>{strings.script.note}</p>}
          <div class="actions">
            {reminder?.channel === 'phone' ? (
              <button type="button" class="primary" disabled={action.busy} onClick={() => reminder && copyScript(reminder.text)}>
                {strings.actions.copyScript}
              </button>
            ) : mobile ? (
              reminder && <CopyReminder reminder={reminder} language={language} copy={ops.copy} />
            ) : (
              <button
                type="button"
                class="primary"
                disabled={action.busy || !reminder || exampleIdentity}
                onClick={() => reminder && createDraft(reminder, proposal.entry)}
              >
                {compose ? strings.actions.insert : strings.actions.createDraft}
              </button>
            )}
            {!compose && due && (
              <button type="button" disabled={action.busy} onClick={() => flag(proposal.entry, due)}>
                {strings.actions.flag}
              </button>
            )}
          </div>
          {!compose && !proposal.entry.history.paidOn && (
            <PaymentReceived language={language} today={today} busy={action.busy} onRecord={(paidOn) => recordPayment(proposal.entry, paidOn)} />
          )}
        </>
      )}
    </>
  );
}
