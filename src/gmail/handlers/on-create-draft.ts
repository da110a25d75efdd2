/** "Créer le brouillon / Create draft": checks the form, logs the step, and offers the draft to open. */
import { messageCard } from '../cards/message-card';
import type { AddonEvent } from '../event/addon-event';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { proposeForMessage } from './message-proposal';
import { offerDraft } from './offer-draft';
import { updateCard } from './respond';

export function onCreateDraft(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event);
  const { message, form, proposal, capacity, reminderLanguage, notice } = proposeForMessage(ctx);
  if (!proposal.ok || !proposal.reminder) {
    return updateCard(ctx, messageCard(ctx.ui, { today: ctx.today, form, proposal, capacity, reminderLanguage, ...(notice ? { notice } : {}) }), proposal.ok ? ctx.ui.s.noReminder : ctx.ui.s.fixFields);
  }
  return offerDraft(ctx, { reminder: proposal.reminder, entry: proposal.entry, message });
}
