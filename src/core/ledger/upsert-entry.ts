/** A ledger with this invoice's entry added or replaced; the given ledger is left as it was. */
import { invoiceKey } from './invoice-key';
import type { Ledger, LedgerEntry } from './ledger';

export function upsertEntry(ledger: Ledger, entry: LedgerEntry): Ledger {
  const key = invoiceKey(entry.invoice.number);
  const others = ledger.entries.filter((existing) => invoiceKey(existing.invoice.number) !== key);
  return { ...ledger, entries: [...others, entry] };
}
