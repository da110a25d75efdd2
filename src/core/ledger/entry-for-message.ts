/**
 * The followed invoice a message (a client's reply) is about: the one logged in its thread, else
 * the first invoice number it quotes that the log follows. Both shells find a reply's invoice here.
 */
import type { MailMessage } from '../mailbox/mail-message';
import { findEntry } from './find-entry';
import type { Ledger, LedgerEntry } from './ledger';

export function entryForMessage(ledger: Ledger, message: MailMessage, invoiceNumbers: readonly string[]): LedgerEntry | undefined {
  const byThread = message.threadId ? ledger.entries.find((entry) => entry.threadId === message.threadId) : undefined;
  if (byThread) return byThread;
  for (const number of invoiceNumbers) {
    const entry = findEntry(ledger, number);
    if (entry) return entry;
  }
  return undefined;
}
