/**
 * The compose card's content: followed invoices (those due first), the one chosen, its form and
 * proposal. Nothing is chosen until the user picks: with `draftAccess: NONE` Gmail does not tell
 * the add-on whom the draft is to, so no invoice can be matched to it, and guessing one would put
 * a reminder for the wrong client into the draft.
 */
import { emptyInvoiceForm, findEntry, followUpsDue, type InvoiceForm, type Ledger, type LedgerEntry, type Proposal } from '../../core';
import type { HandlerContext } from '../handler-context';
import { proposeForClient } from './client-proposal';
import { formFromEntry, formInLanguage } from '../../core';

export type ComposeState = { entries: LedgerEntry[]; selected?: string; form: InvoiceForm; proposal?: Proposal };

export function followedEntries(ctx: HandlerContext, ledger: Ledger): LedgerEntry[] {
  const due = new Set(followUpsDue(ledger, ctx.today, ctx.settings.scenario).map((row) => row.invoiceNumber));
  return [...ledger.entries].sort((a, b) => Number(due.has(b.invoice.number)) - Number(due.has(a.invoice.number)) || a.invoice.number.localeCompare(b.invoice.number));
}

/** The card as it opens, or after the picker or "Update preview": the invoice picked, else the form as edited, else nothing. */
export function composeState(ctx: HandlerContext, ledger: Ledger, choice: { selected?: string; form?: InvoiceForm } = {}): ComposeState {
  const entries = followedEntries(ctx, ledger);
  const chosen = choice.selected !== undefined ? findEntry(ledger, choice.selected) : undefined;
  if (!chosen && !choice.form) return { entries, form: emptyInvoiceForm };
  const form = choice.form ?? formInLanguage(formFromEntry(chosen!), ctx.language);
  // The client's language and scenario; no reminder while the settings hold the example company.
  const proposal = proposeForClient(ctx, { form, ledger }).proposal;
  const selected = chosen?.invoice.number ?? findEntry(ledger, form.number)?.invoice.number;
  return { entries, form, ...(selected ? { selected } : {}), proposal };
}
