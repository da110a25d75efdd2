/**
 * "Record the payment": the core's recordPayment over Gmail, on the day the user picked (today by
 * default), then the reminder card again: the plan now offers the thank-you note.
 */
import { formatDate, proposeReminder, recordPayment, runSync } from '../../core';
import { messageCard } from '../cards/message-card';
import type { AddonEvent } from '../event/addon-event';
import { formValue } from '../event/form-value';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { proposeForMessage } from './message-proposal';
import { updateCard } from './respond';

export function onRecordPayment(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event);
  const { form, proposal, capacity } = proposeForMessage(ctx);
  if (!proposal.ok) return updateCard(ctx, messageCard(ctx.ui, { today: ctx.today, form, proposal, capacity }), ctx.ui.s.fixFields);
  const paidOn = formValue(event, 'paidOn') ?? ctx.today;
  const recorded = runSync(recordPayment({ entry: proposal.entry, paidOn, today: ctx.today }), ctx.mailbox);
  const after = proposeReminder({ form, ledger: ctx.mailbox.listRecords(), settings: ctx.settings, today: ctx.today, language: ctx.language });
  return updateCard(ctx, messageCard(ctx.ui, { today: ctx.today, form, proposal: after, capacity: recorded.capacity }), ctx.ui.s.paymentRecorded(formatDate(paidOn, ctx.language)));
}
