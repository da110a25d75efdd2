/**
 * The reply card's button ("Enregistrer la promesse", "Enregistrer le litige"…): the core's
 * confirmReply over Gmail (the reply logged, then its thread filed under Relance/Promesse; the log
 * put back if Gmail refuses the label), with the reading the user pressed (when the reader was
 * unsure, one of two) and the date as the user corrected it, then the matching answer. Recording
 * twice logs one promise.
 */
import {
  type ConfirmedReply,
  confirmReply,
  describeIssue,
  findEntry,
  type LedgerEntry,
  proposeAnswer,
  proposeReminder,
  readingChoices,
  type ReplyReading,
  RelanceError,
  runSync,
} from '../../core';
import { confirmedCard } from '../cards/confirmed-card';
import { replyCard } from '../cards/reply-card';
import type { AddonEvent } from '../event/addon-event';
import { formFromEvent } from '../event/form-from-event';
import { formValue, parameter } from '../event/form-value';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { prefilledForm, readClientReply } from '../mail-readers';
import { updateCard } from './respond';

/** The reading the pressed button names, among those the card offered; the reader's own otherwise. */
function chosenReading(read: ReplyReading, event: AddonEvent): ReplyReading {
  const named = parameter(event, 'reading');
  return readingChoices(read).find((choice) => choice.intent === named) ?? read;
}

export function onConfirmReply(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event);
  const message = ctx.mailbox.readMessage();
  const ledger = ctx.mailbox.ledger();
  const read = readClientReply(ctx, { text: message.body, receivedOn: message.receivedOn, ...(message.headers ? { headers: message.headers } : {}) });
  const reading = chosenReading(read, event);
  const form = formFromEvent(event, prefilledForm(ctx, message, ledger));
  const invoice = parameter(event, 'invoice');
  const known = invoice ? findEntry(ledger, invoice) : undefined;
  let entry: LedgerEntry | undefined = known;
  if (!entry) {
    const proposal = proposeReminder({ form, ledger, settings: ctx.settings, today: ctx.today, language: ctx.language });
    if (!proposal.ok) return updateCard(ctx, replyCard(ctx.ui, { reading: read, form, issues: proposal.issues }), ctx.ui.s.fixFields);
    entry = proposal.entry;
  }
  const date = formValue(event, 'promiseDate') ?? reading.date;
  let confirmed: ConfirmedReply;
  try {
    confirmed = runSync(confirmReply({ message, reading, entry, today: ctx.today, ...(date ? { date } : {}) }), ctx.mailbox);
  } catch (error) {
    // The core refuses a promise without a valid date: say so under the date picker, not on an error card.
    const issue = error instanceof RelanceError ? error.issues.find((found) => found.field === 'history.promise.date') : undefined;
    if (!issue) throw error;
    const dateError = describeIssue(issue, ctx.language);
    return updateCard(ctx, replyCard(ctx.ui, { reading: read, form, dateError, messageId: message.id, ...(known ? { entry: known } : {}) }));
  }
  const answer = proposeAnswer({ entry: confirmed.entry, intent: reading.intent, settings: ctx.settings, today: ctx.today, language: ctx.language });
  const card = confirmedCard(ctx.ui, { reading, confirmed, ...(answer ? { answer } : {}) });
  return updateCard(ctx, card, ctx.ui.s.confirmed.notification, { stateChanged: true });
}
