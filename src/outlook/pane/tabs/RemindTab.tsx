/**
 * The "Relance" tab, outcome first: the card (the step, the invoice, the amount, why, and the
 * actions that draft the reminder or flag the thread), the preview, then the data, folded.
 */
import { useState } from 'preact/hooks';
import { findEntry, followUpDate, formatDate, formFromEntry, formInLanguage, formatMoney, type IsoDate, type LedgerEntry, type RenderedReminder, type StepId, stepLabels } from '../../../core';
import { draftSubject } from '../draft-subject';
import { OutcomeCard } from '../OutcomeCard';
import { VerifyData } from '../VerifyData';
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
import { ReminderPreview } from '../ReminderPreview';
import { SentQuestion } from '../SentQuestion';
import { settingsStrings } from '../settings-strings';
import { paneStrings } from '../strings';
import type { TabProps } from './tab-props';

export function RemindTab({ ops, settings, language, today, compose, mobile, open, proposal, action, askSignIn, settingsStatus: status, reminderLanguage, writing }: TabProps) {
  const strings = paneStrings[language];
  // The client's other open invoices, ticked ones written into the same reminder and logged with it.
  const others = useOtherInvoices({ ledger: open.ledger, proposal, settings, today, language: reminderLanguage?.value ?? language, writer: writing.writer });
  const { message, form } = open;
  // A draft made on this message: a flag failing after it must say the draft is still there.
  const [drafted, setDrafted] = useState(false);
  // Signed with the example company, a reminder would send the client to a stranger's account.
  const exampleIdentity = status?.state === 'example';
  if (open.messageError !== undefined) return <ErrorBanner error={open.messageError} language={language} onRetry={open.retry} />;
  // No settings file yet: a first-run screen rather than every field reported missing.
  if (status && (status.state === 'missing' || status.state === 'unreadable')) return <FirstRun url={status.url} language={language} unreadable={status.state === 'unreadable'} />;
  // The writer's chunk did not come (offline): said, and loaded again on the user's click.
  if (!proposal && writing.error !== undefined) return <ErrorBanner error={writing.error} language={language} onRetry={writing.retry} />;
  if (!form || !proposal) return <p>{strings.loading}</p>;

  const createDraft = (reminder: RenderedReminder, entry: LedgerEntry) =>
    action.run(async () => {
      if (exampleIdentity) return { lines: [settingsStrings[language].exampleRefused], tone: 'warning' };
      const several = others.rendering && others.entries && others.entries.length > 1 ? others.entries : undefined;
      const outcome = several
        ? await ops.draftForClient({ reminder, entries: several, ...(message?.id ? { message } : {}) }).then((made) => ({ ...made, entry }))
        : await ops.createDraft({ reminder, entry, ...(message?.id ? { message } : {}) });
      setDrafted(true);
      await open.refreshLedger();
      return draftOutcome(outcome, strings);
    }, { intact: strings.errors.intact.draft });

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
    }, { intact: drafted ? strings.errors.intact.flagAfterDraft : strings.errors.intact.flag });

  const recordPayment = (entry: LedgerEntry, paidOn: IsoDate, typedAmount: string) =>
    action.run(async () => {
      const outcome = await ops.recordPayment({ entry, paidOn, typedAmount });
      // The form keeps the part payments: it shows the new one, so the next action does not drop it.
      const stored = formInLanguage(formFromEntry(outcome.entry), language);
      open.setForm({ ...form, payments: stored.payments, amountDue: stored.amountDue });
      await open.refreshLedger();
      // Less than the balance is a part payment: the reminders go on for what remains.
      const part = outcome.entry.history.partialPayments?.find((payment) => payment.on === paidOn);
      const said = outcome.entry.history.paidOn || !part
        ? strings.payment.recorded(formatDate(paidOn, language))
        : strings.payment.partRecorded(formatMoney(part.amount, language), formatDate(paidOn, language), formatMoney(outcome.entry.invoice.amountDue ?? outcome.entry.invoice.amount, language));
      return { lines: [said, ...capacityLines(outcome.capacity, strings)], tone: outcome.capacity.level === 'ok' ? 'success' : 'warning' };
    }, { intact: strings.errors.intact.payment });

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
  const issues = proposal.ok ? [] : proposal.issues;
  const due = proposal.ok ? followUpDate(proposal.plan, today) : undefined;
  const form_ = (
    <VerifyData issues={issues} language={language}>
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
    </VerifyData>
  );
  if (!proposal.ok) return form_;
  const reminder = others.rendering ? others.rendering.reminder : proposal.reminder;
  const renderError = others.rendering ? others.rendering.renderError : proposal.renderError;
  // The preview shows the subject the draft will have: a reply-all keeps the thread's.
  const repliesInThread = !compose && !mobile && !!message?.id;
  return (
    <>
      <OutcomeCard plan={proposal.plan} invoice={proposal.entry.invoice} language={language}>
        {reminder?.channel === 'phone' && <p>{strings.script.note}</p>}
        <div class="actions">
          {reminder?.channel === 'phone' ? (
            <button type="button" class="primary" disabled={action.busy} onClick={() => copyScript(reminder.text)}>
              {strings.actions.copyScript}
            </button>
          ) : mobile ? (
            reminder && <CopyReminder reminder={reminder} language={language} copy={ops.copy} />
          ) : (
            reminder && (
              <button type="button" class="primary" disabled={action.busy || exampleIdentity} onClick={() => createDraft(reminder, proposal.entry)}>
                {compose ? strings.actions.insert : strings.actions.createDraft}
              </button>
            )
          )}
          {!compose && due && (
            <button type="button" disabled={action.busy} onClick={() => flag(proposal.entry, due)}>
              {strings.actions.flag}
            </button>
          )}
        </div>
      </OutcomeCard>
      {!compose && <SentQuestion entry={followed} language={language} seesSentItems={ops.seesSentItems} busy={action.busy} onLook={noteSent} onConfirm={confirmSent} />}
      {exampleIdentity && <Notice lines={[settingsStrings[language].exampleRefused]} tone="warning" />}
      {/* Nothing due today is said once, by the card: no second "nothing to send" line. */}
      {proposal.step && <OtherInvoices invoices={others.invoices} ticked={others.ticked} onToggle={others.toggle} today={today} language={language} disabled={action.busy} />}
      {(reminder || renderError) && (
        <ReminderPreview
          language={language}
          {...(reminder ? { reminder } : {})}
          {...(reminder && repliesInThread && reminder.channel !== 'phone' ? { subject: draftSubject(reminder.subject, message?.subject, language) } : {})}
          {...(renderError ? { renderError } : {})}
        />
      )}
      {reminderLanguage && <LanguageSwitch value={reminderLanguage.value} source={reminderLanguage.source} language={language} onChange={reminderLanguage.choose} />}
      {form_}
      {!compose && !proposal.entry.history.paidOn && (
        <PaymentReceived
          language={language}
          today={today}
          balance={proposal.entry.invoice.amountDue ?? proposal.entry.invoice.amount}
          busy={action.busy}
          onRecord={(paidOn, typedAmount) => recordPayment(proposal.entry, paidOn, typedAmount)}
        />
      )}
    </>
  );
}
