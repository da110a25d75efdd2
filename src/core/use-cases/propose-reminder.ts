/**
 * What the task pane or card shows for an invoice: the plan for today and, when a step is due, the
 * reminder ready to review. A form with errors gives the errors, field by field, and nothing else.
 */
import type { FieldIssue, RelanceError } from '../errors/relance-error';
import { findEntry } from '../ledger/find-entry';
import type { Ledger, LedgerEntry } from '../ledger/ledger';
import type { FollowUpHistory, PartialPayment } from '../model/follow-up-history';
import type { IsoDate } from '../model/iso-date';
import type { Language } from '../model/language';
import type { StepId } from '../model/step';
import { planReminder } from '../plan/plan-reminder';
import type { ReminderPlan } from '../plan/reminder-plan';
import type { RenderedReminder } from '../render/render-reminder';
import { renderForEntry } from './render-for-entry';
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

/** The form is the record of part payments: what it lists replaces what the log had. */
function withPayments(history: FollowUpHistory, payments: PartialPayment[]): FollowUpHistory {
  const { partialPayments: _previous, ...rest } = history;
  return payments.length > 0 ? { ...rest, partialPayments: payments } : rest;
}

export function proposeReminder(input: {
  form: InvoiceForm;
  ledger: Ledger;
  settings: RelanceSettings;
  today: IsoDate;
  language: Language;
  /** A step the user chose instead of the plan's (e.g. to resend the documents). */
  step?: StepId;
}): Proposal {
  const parsed = invoiceFromForm(input.form, input.today);
  if (!parsed.ok) return parsed;
  const known = findEntry(input.ledger, parsed.invoice.number);
  const entry: LedgerEntry = known
    ? {
        ...known,
        invoice: parsed.invoice,
        client: { ...known.client, ...parsed.client, contact: { ...known.client.contact, ...parsed.client.contact } },
        history: withPayments(known.history, parsed.payments),
      }
    : { invoice: parsed.invoice, client: { ...parsed.client, language: input.language }, history: withPayments({ sent: [] }, parsed.payments), promises: [] };
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
  const rendering = renderForEntry(entry, step, settings, input.today, input.language);
  return rendering.reminder ? { ok: true, entry, plan, step, reminder: rendering.reminder } : { ok: true, entry, plan, step, renderError: rendering.renderError };
}
