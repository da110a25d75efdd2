/** Contextual trigger: a client's reply gets the reply card, any other message the reminder card. */
import { awaitingSend, entryForMessage, type Ledger, type LedgerEntry, noteSentReminders, runSync } from '../../core';
import { firstRunCard } from '../cards/settings-card';
import { messageCard } from '../cards/message-card';
import { replyCard } from '../cards/reply-card';
import type { AddonEvent } from '../event/addon-event';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { isClientReply } from '../is-client-reply';
import { prefilledForm, readClientReply } from '../mail-readers';
import { proposeForClient, reminderLanguageField } from './client-proposal';
import { otherInvoicesOf, selectedInvoices, withOtherInvoices } from './other-invoices';

/**
 * A reminder drafted in this thread counts as sent once the user's own message is in the thread:
 * looked for when the thread is opened, so the plan and the letters use the day it really left.
 * Not finding it changes nothing; failing to look is logged and the card still opens.
 */
function withSentNoted(ctx: ReturnType<typeof createContext>, ledger: Ledger, threadId: string | undefined): Ledger {
  const entry = threadId ? ledger.entries.find((candidate) => candidate.threadId === threadId) : undefined;
  if (!entry?.events || awaitingSend({ invoice: entry.invoice, client: entry.client, events: entry.events }).length === 0) return ledger;
  try {
    const noted: LedgerEntry = runSync(noteSentReminders({ entry }), ctx.mailbox);
    return { ...ledger, entries: ledger.entries.map((candidate) => (candidate === entry ? noted : candidate)) };
  } catch (error) {
    ctx.host.log(`Relance: could not look for the sent reminders of thread ${threadId ?? ''}: ${error instanceof Error ? error.message : String(error)}`);
    return ledger;
  }
}

export function onGmailMessageOpen(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.Card[] {
  const ctx = createContext(host, event);
  if (ctx.configuration.state === 'missing') return [firstRunCard(ctx.ui)];
  const message = ctx.mailbox.readMessage();
  const ledger = withSentNoted(ctx, ctx.mailbox.ledger(), message.threadId);
  const form = prefilledForm(ctx, message, ledger);
  const reading = readClientReply(ctx, { text: message.body, receivedOn: message.receivedOn, ...(message.headers ? { headers: message.headers } : {}) });
  const entry = entryForMessage(ledger, message, reading.invoiceNumbers);
  if (isClientReply(message, reading, entry, ctx.mailbox.userAddressFor(message))) {
    return [replyCard(ctx.ui, { reading, form, messageId: message.id, ...(entry ? { entry } : {}) })];
  }
  const { proposal: alone, language, notice } = proposeForClient(ctx, { form, ledger, message });
  const capacity = ctx.mailbox.capacity();
  const reminderLanguage = { value: language, fieldName: reminderLanguageField };
  // The client's other open invoices join the reminder, the overdue ones ticked.
  const otherInvoices = otherInvoicesOf(ctx, ledger, alone);
  const proposal = withOtherInvoices(ctx, alone, selectedInvoices(otherInvoices));
  return [messageCard(ctx.ui, { today: ctx.today, form, proposal, capacity, reminderLanguage, otherInvoices, ...(notice ? { notice } : {}) })];
}
