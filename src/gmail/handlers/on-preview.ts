/** "Update preview": the reminder card again, from the form as the user edited it. */
import { messageCard } from '../cards/message-card';
import type { AddonEvent } from '../event/addon-event';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { proposeForMessage } from './message-proposal';
import { otherInvoicesOf, selectedInvoices, withOtherInvoices } from './other-invoices';
import { updateCard } from './respond';

export function onPreview(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event);
  const { form, proposal: alone, ledger, capacity, reminderLanguage, notice } = proposeForMessage(ctx);
  const otherInvoices = otherInvoicesOf(ctx, ledger, alone);
  const proposal = withOtherInvoices(ctx, alone, selectedInvoices(otherInvoices));
  return updateCard(ctx, messageCard(ctx.ui, { today: ctx.today, form, proposal, capacity, reminderLanguage, otherInvoices, ...(notice ? { notice } : {}) }));
}
