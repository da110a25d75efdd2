/**
 * Whether the open message is a client's answer worth reading as one: not the user's own message,
 * in a followed thread or visibly a reply, and saying something the log can record.
 */
import type { LedgerEntry, MailMessage, ReplyReading } from '../core';

const replyPrefix = /^\s*(?:re|ré|réf|tr|fwd?|aw|sv)\s*:/i;

export function isClientReply(message: MailMessage, reading: ReplyReading, entry: LedgerEntry | undefined, userEmail: string | undefined): boolean {
  if (userEmail && message.from.email.toLowerCase() === userEmail.trim().toLowerCase()) return false;
  if (reading.intent === 'no-commitment') return false;
  return entry !== undefined || replyPrefix.test(message.subject);
}
