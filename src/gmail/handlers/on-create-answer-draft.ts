/** "Create answer draft": the answer offered after a confirmed reply, as a reply draft opened for review. */
import { findEntry, MailboxError, proposeAnswer, RelanceError } from '../../core';
import type { AddonEvent } from '../event/addon-event';
import { parameter } from '../event/form-value';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { replyIntents } from '../../core';
import { createAndOpenDraft } from './create-and-open-draft';

export function onCreateAnswerDraft(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ComposeActionResponse {
  const ctx = createContext(host, event);
  const message = ctx.mailbox.readMessage();
  const ledger = ctx.mailbox.listRecords();
  const invoice = parameter(event, 'invoice');
  const intent = replyIntents.find((candidate) => candidate === parameter(event, 'intent'));
  const entry = invoice ? findEntry(ledger, invoice) : undefined;
  if (!entry) throw new MailboxError('item-not-found', `invoice ${invoice ?? '?'} is not in the log`);
  const answer = intent ? proposeAnswer({ entry, intent, settings: ctx.settings, today: ctx.today, language: ctx.language }) : undefined;
  if (!answer) throw new RelanceError('unknown-step', [{ field: 'step', problem: 'required' }]);
  if (answer.renderError) throw answer.renderError;
  return createAndOpenDraft(ctx, { reminder: answer.reminder, entry, message });
}
