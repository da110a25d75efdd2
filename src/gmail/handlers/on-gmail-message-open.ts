/** Contextual trigger: a client's reply gets the reply card, any other message the reminder card. */
import { formFromMessage, ledgerCapacity } from '../../core';
import { firstRunCard } from '../cards/settings-card';
import { messageCard } from '../cards/message-card';
import { replyCard } from '../cards/reply-card';
import type { AddonEvent } from '../event/addon-event';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { entryForMessage, isClientReply } from '../is-client-reply';
import { readReply } from '../read-client-reply';
import { proposeForClient, reminderLanguageField } from './client-proposal';

export function onGmailMessageOpen(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.Card[] {
  const ctx = createContext(host, event);
  if (ctx.configuration.state === 'missing') return [firstRunCard(ctx.ui)];
  const message = ctx.mailbox.readMessage();
  const ledger = ctx.mailbox.loadLedger();
  const form = formFromMessage(message, ledger, ctx.settings.userEmail);
  const reading = readReply({ text: message.body, receivedOn: message.receivedOn });
  const entry = entryForMessage(ledger, message, reading.invoiceNumbers);
  if (isClientReply(message, reading, entry, ctx.settings.userEmail)) {
    return [replyCard(ctx.ui, { reading, form, ...(entry ? { entry } : {}) })];
  }
  const { proposal, language, notice } = proposeForClient(ctx, { form, ledger, message });
  const capacity = ledgerCapacity(ledger, ctx.mailbox.ledgerLimitBytes);
  return [messageCard(ctx.ui, { form, proposal, capacity, reminderLanguage: { value: language, fieldName: reminderLanguageField }, ...(notice ? { notice } : {}) })];
}
