/** The promise log as rows to show or export: one per promise, newest first. */
import type { IsoDate } from '../model/iso-date';
import type { Money } from '../model/money';
import type { Ledger } from './ledger';
import { promiseStatus, type PromiseStatus } from './promise-status';

export type PromiseRow = {
  id: string;
  company: string;
  contactEmail: string;
  invoiceNumbers: string[];
  amount: Money;
  date: IsoDate;
  loggedOn: IsoDate;
  status: PromiseStatus;
  evidence: string;
};

export function promiseRows(ledger: Ledger, today: IsoDate, graceDays = 3): PromiseRow[] {
  return ledger.entries
    .flatMap((entry) =>
      entry.promises.map((record) => ({
        id: record.id,
        company: entry.client.company,
        contactEmail: entry.client.contact.email,
        invoiceNumbers: record.invoiceNumbers.length > 0 ? record.invoiceNumbers : [entry.invoice.number],
        amount: record.amount ?? entry.invoice.amountDue ?? entry.invoice.amount,
        date: record.date,
        loggedOn: record.loggedOn,
        status: promiseStatus(record, entry, today, graceDays),
        evidence: record.evidence,
      })),
    )
    .sort((a, b) => b.loggedOn.localeCompare(a.loggedOn) || b.date.localeCompare(a.date));
}
