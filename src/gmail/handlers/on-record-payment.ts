/**
 * "Record the payment": the core's recordPayment over Gmail, on the day the user picked (today by
 * default), then the reminder card again: the plan now offers the thank-you note.
 */
import { formatDate, recordPayment, runSync } from '../../core';
import { messageCard } from '../cards/message-card';
import type { AddonEvent } from '../event/addon-event';
import { formValue } from '../event/form-value';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { proposeForClient } from './client-proposal';
import { proposeForMessage } from './message-proposal';
import { updateCard } from './respond';

export function onRecordPayment(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event);
  const { message, form, proposal, capacity, reminderLanguage, notice } = proposeForMessage(ctx);
  const shown = { reminderLanguage, ...(notice ? { notice } : {}) };
  if (!proposal.ok) return updateCard(ctx, messageCard(ctx.ui, { today: ctx.today, form, proposal, capacity, ...shown }), ctx.ui.s.fixFields);
  const paidOn = formValue(event, 'paidOn') ?? ctx.today;
  const recorded = runSync(recordPayment({ entry: proposal.entry, paidOn, today: ctx.today }), ctx.mailbox);
  // The thank-you note that follows, in the client's language and with the organisation's scenario.
  const { proposal: after } = proposeForClient(ctx, { form, ledger: ctx.mailbox.ledger(), message });
  return updateCard(ctx, messageCard(ctx.ui, { today: ctx.today, form, proposal: after, capacity: recorded.capacity, ...shown }), ctx.ui.s.paymentRecorded(formatDate(paidOn, ctx.language)));
}
