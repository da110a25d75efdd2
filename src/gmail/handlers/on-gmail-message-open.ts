/** Contextual trigger: a client's reply gets the reply card, any other message the reminder card. */
import { formFromMessage, ledgerCapacity, proposeReminder } from '../../core';
import { messageCard } from '../cards/message-card';
import { replyCard } from '../cards/reply-card';
import type { AddonEvent } from '../event/addon-event';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { entryForMessage, isClientReply } from '../is-client-reply';
import { readReply } from '../read-client-reply';

export function onGmailMessageOpen(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.Card[] {
  const ctx = createContext(host, event);
  const message = ctx.mailbox.readMessage();
  const ledger = ctx.mailbox.loadLedger();
  const form = formFromMessage(message, ledger, ctx.mailbox.userAddressFor(message));
  const reading = readReply({ text: message.body, receivedOn: message.receivedOn });
  const entry = entryForMessage(ledger, message, reading.invoiceNumbers);
  if (isClientReply(message, reading, entry, ctx.mailbox.userAddressFor(message))) {
    return [replyCard(ctx.ui, { reading, form, ...(entry ? { entry } : {}) })];
  }
  const proposal = proposeReminder({ form, ledger, settings: ctx.settings, today: ctx.today, language: ctx.language });
  return [messageCard(ctx.ui, { form, proposal, capacity: ledgerCapacity(ledger, ctx.mailbox.ledgerLimitBytes) })];
}
