/** The compose card's content: followed invoices (those due first), the one chosen, its form and proposal. */
import { emptyInvoiceForm, findEntry, followUpsDue, type InvoiceForm, type Ledger, type LedgerEntry, type Proposal } from '../../core';
import type { HandlerContext } from '../handler-context';
import { proposeForClient } from './client-proposal';
import { formFromEntry } from '../../core';

export type ComposeState = { entries: LedgerEntry[]; selected?: string; form: InvoiceForm; proposal?: Proposal };

export function followedEntries(ctx: HandlerContext, ledger: Ledger): LedgerEntry[] {
  const due = new Set(followUpsDue(ledger, ctx.today, ctx.settings.scenario).map((row) => row.invoiceNumber));
  return [...ledger.entries].sort((a, b) => Number(due.has(b.invoice.number)) - Number(due.has(a.invoice.number)) || a.invoice.number.localeCompare(b.invoice.number));
}

export function composeState(ctx: HandlerContext, ledger: Ledger, choice: { selected?: string; form?: InvoiceForm; recipients?: string[] }): ComposeState {
  const entries = followedEntries(ctx, ledger);
  const recipients = (choice.recipients ?? []).map((address) => address.toLowerCase());
  const chosen =
    choice.selected !== undefined
      ? findEntry(ledger, choice.selected)
      : choice.form
        ? undefined
        : (entries.find((entry) => recipients.includes(entry.client.contact.email.toLowerCase())) ?? (recipients.length === 0 ? entries[0] : undefined));
  const form = choice.form ?? (chosen ? formFromEntry(chosen) : { ...emptyInvoiceForm, email: choice.recipients?.[0] ?? '' });
  const blank = !choice.form && !chosen;
  // The client's language and scenario; no reminder while the settings hold the example company.
  const proposal = blank ? undefined : proposeForClient(ctx, { form, ledger }).proposal;
  const selected = chosen?.invoice.number ?? (choice.form ? findEntry(ledger, choice.form.number)?.invoice.number : undefined);
  return { entries, form, ...(selected ? { selected } : {}), ...(proposal ? { proposal } : {}) };
}
