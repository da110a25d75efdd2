/** A step written for one followed invoice (and the client's others it lists) with the organisation's settings: the reminder, or why it cannot be. */
import { isRelanceError, type RelanceError } from '../errors/relance-error';
import type { LedgerEntry } from '../ledger/ledger';
import type { Invoice } from '../model/invoice';
import type { IsoDate } from '../model/iso-date';
import type { Language } from '../model/language';
import type { Step, StepId } from '../model/step';
import { renderReminder, type RenderedReminder } from '../render/render-reminder';
import type { RelanceSettings } from './relance-settings';

export type Rendering = { reminder: RenderedReminder; renderError?: undefined } | { reminder?: undefined; renderError: RelanceError };

export function renderForEntry(
  entry: LedgerEntry,
  step: StepId | Step,
  settings: RelanceSettings,
  today: IsoDate,
  language: Language,
  /** The client's other invoices that go in the same message (overdue and not yet due apart, one total). */
  others: readonly Invoice[] = [],
): Rendering {
  try {
    const reminder = renderReminder({
      step,
      invoices: [entry.invoice, ...others],
      client: entry.client,
      sender: settings.sender,
      today,
      history: entry.history,
      language,
      ...(settings.terms ? { terms: settings.terms } : {}),
      ...(settings.catalog ? { catalog: settings.catalog } : {}),
      ...(settings.scenario ? { deadlineDays: settings.scenario.deadlineDays, noticeDays: settings.scenario.noticeDays } : {}),
    });
    return { reminder };
  } catch (error) {
    if (isRelanceError(error)) return { renderError: error };
    throw error;
  }
}
