/**
 * Whether the open message is a client's answer worth reading as one: not the user's own message,
 * in a followed thread or visibly a reply, and saying something the log can record.
 */
import { findEntry, type Ledger, type LedgerEntry, type MailMessage } from '../core';
import type { ReplyReading } from '../core';

const replyPrefix = /^\s*(?:re|ré|réf|tr|fwd?|aw|sv)\s*:/i;

/** The followed invoice a message belongs to: by its thread, else by an invoice number it quotes. */
export function entryForMessage(ledger: Ledger, message: MailMessage, invoiceNumbers: readonly string[]): LedgerEntry | undefined {
  const byThread = message.threadId ? ledger.entries.find((entry) => entry.threadId === message.threadId) : undefined;
  if (byThread) return byThread;
  for (const number of invoiceNumbers) {
    const entry = findEntry(ledger, number);
    if (entry) return entry;
  }
  return undefined;
}

export function isClientReply(message: MailMessage, reading: ReplyReading, entry: LedgerEntry | undefined, userEmail: string | undefined): boolean {
  if (userEmail && message.from.email.toLowerCase() === userEmail.trim().toLowerCase()) return false;
  if (reading.intent === 'no-commitment') return false;
  return entry !== undefined || replyPrefix.test(message.subject);
}
