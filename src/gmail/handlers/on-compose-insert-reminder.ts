/**
 * Compose trigger ("Insérer une relance / Insert reminder"), the invoice picker and the insert
 * button. The reminder goes into the open draft through an UpdateDraftActionResponse, after the
 * core's use case has logged the step: a log that cannot be saved leaves the draft untouched.
 */
import { createReminderDraft, emptyInvoiceForm, MailboxError, runSync } from '../../core';
import { composeCard } from '../cards/compose-card';
import type { AddonEvent } from '../event/addon-event';
import { formFromEvent } from '../event/form-from-event';
import { formValue, parameter } from '../event/form-value';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { composeState, followedEntries } from './compose-state';
import { updateCard } from './respond';

export function onComposeInsertReminder(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.Card[] {
  const ctx = createContext(host, event, { compose: true });
  // Nothing preselected: under `draftAccess: NONE` the event carries no recipients to match.
  const state = composeState(ctx, ctx.mailbox.ledger());
  return [composeCard(ctx.ui, state)];
}

/** The picker changed (the form follows the chosen invoice), or "Update preview" (the form as edited). */
export function onChooseInvoice(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event, { compose: true });
  const ledger = ctx.mailbox.ledger();
  const picked = parameter(event, 'source') === 'picker';
  const selected = formValue(event, 'invoice');
  if (picked && !selected) return updateCard(ctx, composeCard(ctx.ui, { entries: followedEntries(ctx, ledger), form: emptyInvoiceForm }));
  const state = composeState(ctx, ledger, picked && selected ? { selected } : { form: formFromEvent(event) });
  return updateCard(ctx, composeCard(ctx.ui, state));
}

export function onInsertReminder(
  host: GmailHost,
  event: AddonEvent,
): GoogleAppsScript.Card_Service.UpdateDraftActionResponse | GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event, { compose: true });
  const ledger = ctx.mailbox.ledger();
  const state = composeState(ctx, ledger, { form: formFromEvent(event) });
  const proposal = state.proposal;
  if (!proposal?.ok || !proposal.reminder) return updateCard(ctx, composeCard(ctx.ui, state), proposal?.ok ? ctx.ui.s.noReminder : ctx.ui.s.fixFields);
  runSync(createReminderDraft({ reminder: proposal.reminder, entry: proposal.entry, today: ctx.today }), ctx.mailbox);
  const insert = ctx.mailbox.pendingInsert;
  if (!insert) throw new MailboxError('host-error', 'nothing to insert');
  const { cards } = host;
  return cards
    .newUpdateDraftActionResponseBuilder()
    .setUpdateDraftSubjectAction(cards.newUpdateDraftSubjectAction().addUpdateSubject(insert.subject))
    .setUpdateDraftBodyAction(
      cards.newUpdateDraftBodyAction().addUpdateContent(insert.html, cards.ContentType.MUTABLE_HTML).setUpdateType(cards.UpdateDraftBodyType.IN_PLACE_INSERT),
    )
    .build();
}
