/**
 * A client's invoices still to chase, for one reminder that lists them all: overdue ones first
 * and ticked, then those not yet due, unticked (DOMAIN: several open invoices of one client go in
 * one message, never as several messages on the same day). Paid and disputed invoices are left
 * out: a disputed invoice is not chased until the dispute is settled.
 */
import type { Client } from '../model/client';
import type { FollowUpHistory } from '../model/follow-up-history';
import type { Invoice } from '../model/invoice';
import type { IsoDate } from '../model/iso-date';
import { clientKey } from './client-key';

export type FollowedInvoice = { invoice: Invoice; client: Client; history?: FollowUpHistory };

export type OpenInvoice = { invoice: Invoice; overdue: boolean; selected: boolean };

export function openInvoices(records: readonly FollowedInvoice[], client: Client, today: IsoDate): OpenInvoice[] {
  const key = clientKey(client);
  return records
    .filter((record) => clientKey(record.client) === key && !record.history?.paidOn && !record.history?.disputedOn)
    .map((record) => {
      const overdue = record.invoice.dueDate < today;
      return { invoice: record.invoice, overdue, selected: overdue };
    })
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.invoice.dueDate.localeCompare(b.invoice.dueDate) || a.invoice.number.localeCompare(b.invoice.number));
}
