/**
 * What importing an aged balance changes in the follow-up record: rows not yet followed are
 * added; rows already followed (same client, same invoice number) are matched, never duplicated,
 * and bring only what the accounting tool knows better: what remains due, and that it was paid.
 * What the account manager logged (reminders, promises, contact) is kept.
 */
import type { Client } from '../model/client';
import type { FollowUpHistory } from '../model/follow-up-history';
import type { Invoice } from '../model/invoice';
import type { IsoDate } from '../model/iso-date';
import { invoiceKey } from '../ledger/invoice-key';
import { clientKey } from '../today/client-key';
import type { AgedBalanceRow } from './read-aged-balance';

export type FollowedRecord = { invoice: Invoice; client: Client; history: FollowUpHistory };

export type AgedBalanceMatch<R extends FollowedRecord> = {
  added: FollowedRecord[];
  updated: { before: R; after: R }[];
  unchanged: R[];
};

const keyOf = (company: string, number: string) => `${clientKey({ company })}|${invoiceKey(number)}`;

function clientOf(row: AgedBalanceRow): Client {
  // The export names the company; the contact is the address it gives, to be completed by the user.
  return { company: row.client.company, contact: { lastName: '', email: row.client.email ?? '' } };
}

export function matchAgedBalance<R extends FollowedRecord>(records: readonly R[], rows: readonly AgedBalanceRow[], today: IsoDate): AgedBalanceMatch<R> {
  const byKey = new Map(records.map((record) => [keyOf(record.client.company, record.invoice.number), record]));
  const match: AgedBalanceMatch<R> = { added: [], updated: [], unchanged: [] };
  for (const row of rows) {
    const existing = byKey.get(keyOf(row.client.company, row.invoice.number));
    if (!existing) {
      match.added.push({ invoice: row.invoice, client: clientOf(row), history: row.paid ? { sent: [], paidOn: today } : { sent: [] } });
      continue;
    }
    const amountDue = row.invoice.amountDue;
    const dueChanged = JSON.stringify(amountDue ?? null) !== JSON.stringify(existing.invoice.amountDue ?? null) && !existing.history.paidOn;
    const newlyPaid = row.paid && !existing.history.paidOn;
    if (!dueChanged && !newlyPaid) {
      match.unchanged.push(existing);
      continue;
    }
    const { amountDue: _previous, ...invoiceWithoutDue } = existing.invoice;
    const invoice: Invoice = amountDue ? { ...invoiceWithoutDue, amountDue } : invoiceWithoutDue;
    const history: FollowUpHistory = newlyPaid ? { ...existing.history, paidOn: today } : existing.history;
    match.updated.push({ before: existing, after: { ...existing, invoice: newlyPaid ? existing.invoice : invoice, history } });
  }
  return match;
}
