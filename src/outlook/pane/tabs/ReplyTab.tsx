/**
 * The "Réponse du client" tab: the reply as the core reads it, the confirmation that logs it, and
 * then the answer the core proposes (its catalog and the scenario's deadlines included).
 */
import { type ConfirmedReply, entryForMessage, eventLabels, formatDate, type Language, type LedgerEntry, type MailMessage, type ReplyReading } from '../../../core';
import { capacityLines } from '../capacity-lines';
import { CopyReminder } from '../CopyReminder';
import { draftOutcome } from '../draft-outcome';
import { ErrorBanner } from '../ErrorBanner';
import type { ReplyReadingState } from '../hooks/use-reply-reading';
import { ReminderPreview } from '../ReminderPreview';
import { ReplyView } from '../ReplyView';
import { settingsStrings } from '../settings-strings';
import { paneStrings } from '../strings';
import type { TabProps } from './tab-props';

/** A confirmed reply and the reading the user confirmed (the one they picked when the reader was unsure). */
export type ConfirmedReading = ConfirmedReply & { intent: ReplyReading['intent'] };

export type ReplyTabProps = TabProps & {
  reply: ReplyReadingState;
  confirmed?: ConfirmedReading;
  onConfirmed: (confirmed: ConfirmedReading) => void;
  fromColleague?: boolean;
};

export function ReplyTab({ ops, settings, language, today, mobile, open, proposal, action, reply, confirmed, onConfirmed, settingsStatus, fromColleague, writing }: ReplyTabProps) {
  const strings = paneStrings[language];
  const { message, ledger } = open;
  if (open.messageError !== undefined) return <ErrorBanner error={open.messageError} language={language} onRetry={open.retry} />;
  if (reply.readingError !== undefined) return <ErrorBanner error={reply.readingError} language={language} onRetry={reply.retry} />;
  const { reading } = reply;
  if (!reading || !message || !ledger) return <p>{strings.loading}</p>;
  // The invoice may be the form's and the answer is written: both wait for the writer's chunk (loaded at start).
  const { writer } = writing;
  if (!writer) return writing.error !== undefined ? <ErrorBanner error={writing.error} language={language} onRetry={writing.retry} /> : <p>{strings.loading}</p>;
  // The invoice the reply is about: the log's, else the one the form describes.
  const entry = entryForMessage(ledger, message, reading.invoiceNumbers) ?? (proposal?.ok ? proposal.entry : undefined);

  const confirm = (found: ReplyReading, date: string | undefined) =>
    action.run(async () => {
      if (!entry) return undefined;
      const outcome = await ops.confirm({ message, reading: found, entry, ...(date ? { date } : {}) });
      onConfirmed({ ...outcome, intent: found.intent });
      await open.refreshLedger();
      const promised = outcome.promise;
      const lines = [found.intent === 'promise' && promised ? strings.reply.confirmed(formatDate(promised.date, language)) : strings.reply.recorded];
      lines.push(...capacityLines(outcome.capacity, strings));
      return { lines, tone: outcome.capacity.level === 'ok' ? 'success' : 'warning' };
    }, { intact: strings.errors.intact.confirm });

  const answer = confirmed ? writer.proposeAnswer({ entry: confirmed.entry, intent: confirmed.intent, settings, today, language }) : undefined;
  const draftAnswer = () =>
    action.run(async () => {
      if (!confirmed || !answer?.reminder) return undefined;
      // Signed with the example company, the answer would send the client to a stranger's account.
      if (settingsStatus?.state === 'example') return { lines: [settingsStrings[language].exampleRefused], tone: 'warning' };
      const outcome = await ops.createDraft({ reminder: answer.reminder, entry: confirmed.entry, message });
      await open.refreshLedger();
      return draftOutcome(outcome, strings);
    }, { intact: strings.errors.intact.draft });

  return (
    <>
      <ReplyView
        reading={reading}
        language={language}
        busy={action.busy}
        canConfirm={!!entry}
        fromColleague={fromColleague ?? false}
        recorded={recordedNote(entry, message, language)}
        onConfirm={(date, chosen) => confirm(chosen, date)}
        {...(reply.mark ? { mark: reply.mark } : {})}
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
            {mobile ? (
              answer.reminder && <CopyReminder reminder={answer.reminder} language={language} copy={ops.copy} />
            ) : (
              <button type="button" class="primary" disabled={action.busy || !answer.reminder} onClick={draftAnswer}>
                {strings.actions.answer}
              </button>
            )}
          </>
        ) : (
          <p>{strings.reply.noAnswer}</p>
        ))}
    </>
  );
}

/** The follow-up record knows each reply it logged by its stable id: reopened, the reply says it is logged, as what, and of when. */
function recordedNote(entry: LedgerEntry | undefined, message: MailMessage, language: Language): string | undefined {
  if (!entry || !message.stableId) return undefined;
  const logged = entry.events?.find((event) => 'messageId' in event && event.messageId === message.stableId && event.kind !== 'sent');
  if (!logged) return undefined;
  const on = 'loggedOn' in logged ? logged.loggedOn : logged.on;
  return paneStrings[language].replyNotes.recorded(eventLabels[logged.kind][language].toLowerCase(), formatDate(on, language));
}
