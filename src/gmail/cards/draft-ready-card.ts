/** After "Créer le brouillon": the step is logged, the reminder shown, and one button opens it as a draft. */
import { formatDate, isStepId, type LedgerCapacity, type LedgerEntry, type RenderedReminder, stepLabels } from '../../core';
import { capacityWarning } from './capacity-warning';
import { previewSection } from './preview-section';
import { action, button, buttons, card, composeButton, html, paragraph, section, type Ui } from './ui';

export const draftReadyCardName = 'relance-draft-ready';

/** What the compose action needs to write the same draft again: every value a string, as actions require. */
export type DraftParameters = { invoice: string; step: string; channel: string; language: string; loggedOn: string; /** The client's other invoices in the reminder, a JSON list of numbers. */ others?: string };

export function draftReadyCard(
  ui: Ui,
  input: { reminder: RenderedReminder; entry: LedgerEntry; capacity?: LedgerCapacity; draft: DraftParameters },
): GoogleAppsScript.Card_Service.Card {
  const { s, language } = ui;
  const { reminder, entry } = input;
  const step = isStepId(reminder.step) ? stepLabels[reminder.step][language] : reminder.step;
  const done = section(ui, s.draftReady.title, paragraph(ui, html(s.draftReady.logged(step, formatDate(input.draft.loggedOn, language)))));
  const full = capacityWarning(ui, input.capacity);
  if (full) done.addWidget(full);
  done.addWidget(
    buttons(ui, composeButton(ui, s.buttons.openDraft, action(ui, 'onOpenDraft', input.draft), 'reply'), button(ui, s.buttons.promiseLog, action(ui, 'onShowHomepage'))),
  );
  return card(ui, draftReadyCardName, s.appName, `${entry.invoice.number} · ${entry.client.company}`, [done, previewSection(ui, reminder)]);
}
