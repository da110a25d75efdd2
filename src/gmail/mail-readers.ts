/**
 * The core's two mail readers as the Gmail shell calls them: they never throw (an odd mail reads
 * as nothing), and what their guard swallows goes to the log for the admin.
 */
import { formFromMessage, type InvoiceForm, type Ledger, type MailMessage, type ReadReplyInput, readReply, type ReplyReading, withClientRule } from '../core';
import type { HandlerContext } from './handler-context';

const logTo = (ctx: HandlerContext, reader: string) => (error: unknown) =>
  ctx.host.log(`Relance: ${reader} failed and read nothing: ${error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error)}`);

export function readClientReply(ctx: HandlerContext, input: ReadReplyInput): ReplyReading {
  return readReply(input, logTo(ctx, 'readReply'));
}

export function prefilledForm(ctx: HandlerContext, message: MailMessage, ledger: Ledger): InvoiceForm {
  // The settings' client rules come first for the company and civility, as in Outlook.
  return withClientRule(formFromMessage(message, ledger, ctx.mailbox.userAddressFor(message), logTo(ctx, 'extractInvoice')), ctx.settings.organisation?.clients);
}
