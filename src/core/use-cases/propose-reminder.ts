/**
 * What the task pane or card shows for an invoice: the plan for today and, when a step is due, the
 * reminder ready to review. A form with errors gives the errors, field by field, and nothing else.
 */
import { type FieldIssue, isRelanceError, RelanceError } from '../errors/relance-error';
import { findEntry } from '../ledger/find-entry';
import type { Ledger, LedgerEntry } from '../ledger/ledger';
import type { IsoDate } from '../model/iso-date';
import type { Language } from '../model/language';
import type { StepId } from '../model/step';
import { planReminder } from '../plan/plan-reminder';
import type { ReminderPlan } from '../plan/reminder-plan';
import { renderReminder, type RenderedReminder } from '../render/render-reminder';
import { invoiceFromForm, type InvoiceForm } from './invoice-form';
import type { RelanceSettings } from './relance-settings';

export type Proposal =
  | { ok: false; issues: FieldIssue[] }
  | {
      ok: true;
      entry: LedgerEntry;
      plan: ReminderPlan;
      /** The step shown: the plan's, or the one the user picked. */
      step?: StepId;
      reminder?: RenderedReminder;
      /** Why the reminder could not be written (missing sender details, …). */
      renderError?: RelanceError;
    };

export function proposeReminder(input: {
  form: InvoiceForm;
  ledger: Ledger;
  settings: RelanceSettings;
  today: IsoDate;
  language: Language;
  /** A step the user chose instead of the plan's (e.g. to resend the documents). */
  step?: StepId;
}): Proposal {
  const parsed = invoiceFromForm(input.form);
  if (!parsed.ok) return parsed;
  const known = findEntry(input.ledger, parsed.invoice.number);
  const entry: LedgerEntry = known
    ? { ...known, invoice: parsed.invoice, client: { ...known.client, ...parsed.client, contact: { ...known.client.contact, ...parsed.client.contact } } }
    : { invoice: parsed.invoice, client: { ...parsed.client, language: input.language }, history: { sent: [] }, promises: [] };
  const { settings } = input;
  const plan = planReminder({
    invoice: entry.invoice,
    history: entry.history,
    today: input.today,
    language: input.language,
    ...(settings.scenario ? { scenario: settings.scenario } : {}),
  });
  const step = input.step ?? (plan.action === 'send' ? plan.step : undefined);
  if (!step) return { ok: true, entry, plan };
  try {
    const reminder = renderReminder({
      step,
      invoices: [entry.invoice],
      client: entry.client,
      sender: settings.sender,
      today: input.today,
      history: entry.history,
      language: input.language,
      ...(settings.terms ? { terms: settings.terms } : {}),
      ...(settings.catalog ? { catalog: settings.catalog } : {}),
      ...(settings.scenario ? { deadlineDays: settings.scenario.deadlineDays, noticeDays: settings.scenario.noticeDays } : {}),
    });
    return { ok: true, entry, plan, step, reminder };
  } catch (error) {
    if (isRelanceError(error)) return { ok: true, entry, plan, step, renderError: error };
    throw error;
  }
}
