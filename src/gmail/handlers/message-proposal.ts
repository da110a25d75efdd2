/** The open message, the log, the form (as the card left it, else as read from the message) and the core's proposal. */
import { type Ledger, ledgerCapacity, type LedgerCapacity, type MailMessage, proposeReminder, type Proposal, type InvoiceForm } from '../../core';
import { formFromEvent } from '../event/form-from-event';
import { prefilledForm } from '../mail-readers';
import type { HandlerContext } from '../handler-context';

export type MessageProposal = { message: MailMessage; ledger: Ledger; form: InvoiceForm; proposal: Proposal; capacity: LedgerCapacity };

export function proposeForMessage(ctx: HandlerContext): MessageProposal {
  const message = ctx.mailbox.readMessage();
  const ledger = ctx.mailbox.listRecords();
  const form = formFromEvent(ctx.event, prefilledForm(ctx, message, ledger));
  const proposal = proposeReminder({ form, ledger, settings: ctx.settings, today: ctx.today, language: ctx.language });
  return { message, ledger, form, proposal, capacity: ledgerCapacity(ledger, ctx.mailbox.ledgerLimitBytes) };
}
