/** The open message, the log, the form (as the card left it, else as read from the message) and the core's proposal. */
import { type Language, type Ledger, type LedgerCapacity, type MailMessage, type Proposal, type InvoiceForm } from '../../core';
import { formFromEvent } from '../event/form-from-event';
import { prefilledForm } from '../mail-readers';
import type { HandlerContext } from '../handler-context';
import { proposeForClient, reminderLanguageField } from './client-proposal';

export type MessageProposal = {
  message: MailMessage;
  ledger: Ledger;
  form: InvoiceForm;
  proposal: Proposal;
  capacity: LedgerCapacity;
  reminderLanguage: { value: Language; fieldName: string };
  notice?: string;
};

export function proposeForMessage(ctx: HandlerContext): MessageProposal {
  const message = ctx.mailbox.readMessage();
  const ledger = ctx.mailbox.ledger();
  const form = formFromEvent(ctx.event, prefilledForm(ctx, message, ledger));
  const { proposal, language, notice } = proposeForClient(ctx, { form, ledger, message });
  return {
    message,
    ledger,
    form,
    proposal,
    capacity: ctx.mailbox.capacity(),
    reminderLanguage: { value: language, fieldName: reminderLanguageField },
    ...(notice ? { notice } : {}),
  };
}
