/** "Créer le brouillon / Create draft": checks the form, logs the step, and offers the draft to open. */
import { messageCard } from '../cards/message-card';
import type { AddonEvent } from '../event/addon-event';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { proposeForMessage } from './message-proposal';
import { offerDraft } from './offer-draft';
import { entriesOf, otherInvoicesOf, selectedInvoices, withOtherInvoices } from './other-invoices';
import { updateCard } from './respond';

export function onCreateDraft(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event);
  const { message, form, proposal: alone, ledger, capacity, reminderLanguage, notice } = proposeForMessage(ctx);
  // The other invoices ticked go into the same reminder, and into the log.
  const otherInvoices = otherInvoicesOf(ctx, ledger, alone);
  const others = selectedInvoices(otherInvoices);
  const proposal = withOtherInvoices(ctx, alone, others);
  if (!proposal.ok || !proposal.reminder) {
    return updateCard(ctx, messageCard(ctx.ui, { today: ctx.today, form, proposal, capacity, reminderLanguage, otherInvoices, ...(notice ? { notice } : {}) }), proposal.ok ? ctx.ui.s.noReminder : ctx.ui.s.fixFields);
  }
  return offerDraft(ctx, { reminder: proposal.reminder, entry: proposal.entry, message, others: entriesOf(ledger, others.map((invoice) => invoice.number)) });
}
