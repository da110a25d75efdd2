/**
 * "Record the payment": the core's recordPayment over Gmail, on the day the user picked (today by
 * default) and for the amount typed (the balance by default), then the reminder card again: after
 * the whole balance the plan offers the thank-you note; after less, the reminders go on for the rest.
 */
import { describeIssue, formatDate, formatMoney, formFromEntry, formInLanguage, type RecordedPayment, recordPayment, RelanceError, runSync } from '../../core';
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
  const typedAmount = formValue(event, 'paidAmount');
  let recorded: RecordedPayment;
  try {
    recorded = runSync(recordPayment({ entry: proposal.entry, paidOn, ...(typedAmount !== undefined ? { typedAmount } : {}), today: ctx.today }), ctx.mailbox);
  } catch (error) {
    // A bad amount is said under the amount, with what the user typed kept as it was.
    const issue = error instanceof RelanceError ? error.issues.find((found) => found.field === 'history.payment.amount') : undefined;
    if (!issue) throw error;
    const payment = { amount: typedAmount ?? '', error: describeIssue(issue, ctx.language) };
    return updateCard(ctx, messageCard(ctx.ui, { today: ctx.today, form, proposal, capacity, payment, ...shown }), payment.error);
  }
  // The form keeps the part payments: it shows the new one, so the next action does not drop it.
  const stored = formInLanguage(formFromEntry(recorded.entry), ctx.language);
  const after = { ...form, payments: stored.payments, amountDue: stored.amountDue };
  // The thank-you note or the next reminder, in the client's language and with the organisation's scenario.
  const { proposal: next } = proposeForClient(ctx, { form: after, ledger: ctx.mailbox.ledger(), message });
  const part = recorded.entry.history.paidOn ? undefined : recorded.entry.history.partialPayments?.find((payment) => payment.on === paidOn);
  const said = part
    ? ctx.ui.s.partPaymentRecorded(formatMoney(part.amount, ctx.language), formatDate(paidOn, ctx.language), formatMoney(recorded.entry.invoice.amountDue ?? recorded.entry.invoice.amount, ctx.language))
    : ctx.ui.s.paymentRecorded(formatDate(paidOn, ctx.language));
  return updateCard(ctx, messageCard(ctx.ui, { today: ctx.today, form: after, proposal: next, capacity: recorded.capacity, ...shown }), said);
}
