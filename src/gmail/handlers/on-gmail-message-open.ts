/** Contextual trigger: a client's reply gets the reply card, any other message the reminder card. */
import { entryForMessage, ledgerCapacity } from '../../core';
import { firstRunCard } from '../cards/settings-card';
import { messageCard } from '../cards/message-card';
import { replyCard } from '../cards/reply-card';
import type { AddonEvent } from '../event/addon-event';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { isClientReply } from '../is-client-reply';
import { prefilledForm, readClientReply } from '../mail-readers';
import { proposeForClient, reminderLanguageField } from './client-proposal';

export function onGmailMessageOpen(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.Card[] {
  const ctx = createContext(host, event);
  if (ctx.configuration.state === 'missing') return [firstRunCard(ctx.ui)];
  const message = ctx.mailbox.readMessage();
  const ledger = ctx.mailbox.listRecords();
  const form = prefilledForm(ctx, message, ledger);
  const reading = readClientReply(ctx, { text: message.body, receivedOn: message.receivedOn, ...(message.headers ? { headers: message.headers } : {}) });
  const entry = entryForMessage(ledger, message, reading.invoiceNumbers);
  if (isClientReply(message, reading, entry, ctx.mailbox.userAddressFor(message))) {
    return [replyCard(ctx.ui, { reading, form, ...(entry ? { entry } : {}) })];
  }
  const { proposal, language, notice } = proposeForClient(ctx, { form, ledger, message });
  const capacity = ledgerCapacity(ledger, ctx.mailbox.ledgerLimitBytes);
  const reminderLanguage = { value: language, fieldName: reminderLanguageField };
  return [messageCard(ctx.ui, { today: ctx.today, form, proposal, capacity, reminderLanguage, ...(notice ? { notice } : {}) })];
}
