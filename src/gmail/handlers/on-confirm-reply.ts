/**
 * "Confirm promise": logs what the reply commits to (the date as the user corrected it), files
 * the thread under Relance/Promesse, and offers the matching answer. The log is saved first; if
 * Gmail then refuses the label, the log is put back as it was. Confirming twice logs one promise.
 */
import {
  describeIssue,
  findEntry,
  formFromMessage,
  isIsoDate,
  type LedgerEntry,
  proposeAnswer,
  proposeReminder,
} from '../../core';
import { labelNames } from '../adapter/gmail-mailbox';
import { confirmedCard } from '../cards/confirmed-card';
import { replyCard } from '../cards/reply-card';
import type { AddonEvent } from '../event/addon-event';
import { formFromEvent } from '../event/form-from-event';
import { formValue, parameter } from '../event/form-value';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { readReply } from '../read-client-reply';
import { confirmReplySync } from '../sync/confirm-reply-sync';
import { updateCard } from './respond';

const labelledIntents = new Set(['promise', 'paid', 'payment-plan']);

export function onConfirmReply(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event);
  const message = ctx.mailbox.readMessage();
  const ledger = ctx.mailbox.loadLedger();
  const reading = readReply({ text: message.body, receivedOn: message.receivedOn });
  const form = formFromEvent(event, formFromMessage(message, ledger, ctx.mailbox.userAddressFor(message)));
  const invoice = parameter(event, 'invoice');
  const known = invoice ? findEntry(ledger, invoice) : undefined;
  let entry: LedgerEntry | undefined = known;
  if (!entry) {
    const proposal = proposeReminder({ form, ledger, settings: ctx.settings, today: ctx.today, language: ctx.language });
    if (!proposal.ok) return updateCard(ctx, replyCard(ctx.ui, { reading, form, issues: proposal.issues }), ctx.ui.s.fixFields);
    entry = proposal.entry;
  }
  const date = formValue(event, 'promiseDate') ?? reading.date;
  if (reading.intent === 'promise' && (!date || !isIsoDate(date))) {
    const dateError = describeIssue({ field: 'history.promise.date', problem: date ? 'invalid-date' : 'required' }, ctx.language);
    return updateCard(ctx, replyCard(ctx.ui, { reading, form, dateError, ...(known ? { entry: known } : {}) }));
  }
  const confirmed = confirmReplySync(ctx.mailbox, { message, reading, entry, today: ctx.today, ...(date ? { date } : {}) });
  if (labelledIntents.has(reading.intent)) {
    try {
      ctx.mailbox.labelThread(message.id, labelNames.promise);
    } catch (error) {
      ctx.mailbox.saveLedger(ledger);
      throw error;
    }
  }
  const answer = proposeAnswer({ entry: confirmed.entry, intent: reading.intent, settings: ctx.settings, today: ctx.today, language: ctx.language });
  const card = confirmedCard(ctx.ui, { reading, confirmed, ...(answer ? { answer } : {}) });
  return updateCard(ctx, card, ctx.ui.s.confirmed.notification, { stateChanged: true });
}
