/**
 * The ledger once a thread is flagged for follow-up: the date is kept in the log whatever the host
 * could do (a Graph flag, a category, a label), since the log is the one place both hosts show it.
 */
import { findEntry } from '../ledger/find-entry';
import type { Ledger, LedgerEntry } from '../ledger/ledger';
import { ledgerCapacity, type LedgerCapacity } from '../ledger/ledger-capacity';
import { upsertEntry } from '../ledger/upsert-entry';
import { MailboxError } from '../mailbox/mailbox-error';
import type { MailMessage } from '../mailbox/mail-message';
import type { IsoDate } from '../model/iso-date';

export function ledgerAfterFlag(
  ledger: Ledger,
  input: { entry: LedgerEntry; message: MailMessage; on: IsoDate; limitBytes: number },
): { ledger: Ledger; entry: LedgerEntry; capacity: LedgerCapacity } {
  const { message, on } = input;
  const known = findEntry(ledger, input.entry.invoice.number) ?? input.entry;
  const entry: LedgerEntry = { ...known, followUpOn: on, messageId: message.id, ...(message.threadId ? { threadId: message.threadId } : {}) };
  const next = upsertEntry(ledger, entry);
  const capacity = ledgerCapacity(next, input.limitBytes);
  if (capacity.level === 'full') throw new MailboxError('storage-full');
  return { ledger: next, entry, capacity };
}
