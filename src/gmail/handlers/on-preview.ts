/** "Update preview": the reminder card again, from the form as the user edited it. */
import { messageCard } from '../cards/message-card';
import type { AddonEvent } from '../event/addon-event';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { proposeForMessage } from './message-proposal';
import { updateCard } from './respond';

export function onPreview(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event);
  const { form, proposal, capacity, reminderLanguage, notice } = proposeForMessage(ctx);
  return updateCard(ctx, messageCard(ctx.ui, { today: ctx.today, form, proposal, capacity, reminderLanguage, ...(notice ? { notice } : {}) }));
}
