/**
 * A client's other open invoices in the reminder of the message card: listed from the log, ticked
 * when overdue (or as the user left the boxes), and written into the same reminder, overdue and
 * not yet due in their sections with one total. Only reminders take them: an answer (thanks, an
 * acknowledgement) is about one invoice's news.
 */
import {
  type Invoice,
  type Ledger,
  type LedgerEntry,
  openInvoices,
  type OpenInvoice,
  type Proposal,
  type RenderedReminder,
  type Rendering,
  RelanceError,
  renderReminder,
  settingsForClient,
  type StepId,
} from '../../core';
import type { AddonEvent } from '../event/addon-event';
import { otherInvoicesField } from '../event/today-fields';
import type { HandlerContext } from '../handler-context';


const reminderSteps: readonly string[] = ['preventive', 'preventive-nudge', 'overdue-1', 'overdue-2', 'broken-promise', 'penalties-letter', 'formal-notice'];

/** The boxes as the user left them: every value a checkbox group sends; none when all were unticked. */
function ticked(event: AddonEvent): Set<string> | undefined {
  const inputs = event.commonEventObject?.formInputs;
  // No form at all (the message just opened): the defaults stand.
  if (!inputs) return undefined;
  return new Set(inputs[otherInvoicesField]?.stringInputs?.value ?? []);
}

export function otherInvoicesOf(ctx: HandlerContext, ledger: Ledger, proposal: Proposal): OpenInvoice[] {
  if (!proposal.ok || !proposal.reminder || !reminderSteps.includes(String(proposal.reminder.step))) return [];
  const number = proposal.entry.invoice.number.trim().toUpperCase();
  const open = openInvoices(ledger.entries, proposal.entry.client, ctx.today).filter((each) => each.invoice.number.trim().toUpperCase() !== number);
  const chosen = ticked(ctx.event);
  return chosen ? open.map((each) => ({ ...each, selected: chosen.has(each.invoice.number) })) : open;
}

/** A reminder written again over its invoice and the others: the reminder, or why it cannot be. */
export function renderWithOthers(ctx: HandlerContext, entry: LedgerEntry, reminder: RenderedReminder, others: readonly Invoice[]): Rendering {
  const { settings } = settingsForClient(ctx.settings, entry.client);
  try {
    return {
      reminder: renderReminder({
        step: reminder.step as StepId,
        invoices: [entry.invoice, ...others],
        client: entry.client,
        sender: settings.sender,
        today: ctx.today,
        history: entry.history,
        language: reminder.language,
        ...(settings.terms ? { terms: settings.terms } : {}),
        ...(settings.catalog ? { catalog: settings.catalog } : {}),
        ...(settings.scenario ? { deadlineDays: settings.scenario.deadlineDays, noticeDays: settings.scenario.noticeDays } : {}),
      }),
    };
  } catch (error) {
    if (!(error instanceof RelanceError)) throw error;
    return { renderError: error };
  }
}

/** The proposal's reminder written again over its invoice and the others ticked; unchanged when none is. */
export function withOtherInvoices(ctx: HandlerContext, proposal: Proposal, others: readonly Invoice[]): Proposal {
  if (!proposal.ok || !proposal.reminder || others.length === 0) return proposal;
  const rendering = renderWithOthers(ctx, proposal.entry, proposal.reminder, others);
  if (rendering.reminder) return { ...proposal, reminder: rendering.reminder };
  const { reminder: _dropped, ...rest } = proposal;
  return { ...rest, renderError: rendering.renderError };
}

/** The entries of the log the ticked numbers name, for their own log line. */
export function entriesOf(ledger: Ledger, numbers: readonly string[]): LedgerEntry[] {
  const wanted = new Set(numbers);
  return ledger.entries.filter((entry) => wanted.has(entry.invoice.number));
}

export const selectedInvoices = (open: readonly OpenInvoice[]): Invoice[] => open.filter((each) => each.selected).map((each) => each.invoice);
