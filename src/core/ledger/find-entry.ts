/** The ledger entry of an invoice number, if the invoice is followed. */
import { invoiceKey } from './invoice-key';
import type { Ledger, LedgerEntry } from './ledger';

export function findEntry(ledger: Ledger, invoiceNumber: string): LedgerEntry | undefined {
  const key = invoiceKey(invoiceNumber);
  return ledger.entries.find((entry) => invoiceKey(entry.invoice.number) === key);
}
