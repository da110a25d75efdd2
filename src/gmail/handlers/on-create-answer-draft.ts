/** "Créer la réponse / Create answer draft": logs the answer offered after a confirmed reply, and offers it as a draft to open. */
import { findEntry, MailboxError, proposeAnswer, RelanceError, replyIntents } from '../../core';
import type { AddonEvent } from '../event/addon-event';
import { parameter } from '../event/form-value';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { offerDraft } from './offer-draft';

export function onCreateAnswerDraft(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event);
  const message = ctx.mailbox.readMessage();
  const ledger = ctx.mailbox.ledger();
  const invoice = parameter(event, 'invoice');
  const intent = replyIntents.find((candidate) => candidate === parameter(event, 'intent'));
  const entry = invoice ? findEntry(ledger, invoice) : undefined;
  if (!entry) throw new MailboxError('item-not-found', `invoice ${invoice ?? '?'} is not in the log`);
  const answer = intent ? proposeAnswer({ entry, intent, settings: ctx.settings, today: ctx.today, language: ctx.language }) : undefined;
  if (!answer) throw new RelanceError('unknown-step', [{ field: 'step', problem: 'required' }]);
  if (answer.renderError) throw answer.renderError;
  return offerDraft(ctx, { reminder: answer.reminder, entry, message });
}
