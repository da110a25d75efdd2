/** After "Confirm promise": what was logged, and the matching answer ready to become a draft. */
import { type ConfirmedReply, describeError, formatDate, type Rendering } from '../../core';
import type { ReplyReading } from '../../core';
import { capacityWarning } from './capacity-warning';
import { previewSection } from './preview-section';
import { action, button, buttons, card, html, paragraph, section, type Ui, warning } from './ui';

export const confirmedCardName = 'relance-confirmed';

function summary(ui: Ui, reading: ReplyReading, confirmed: ConfirmedReply): string {
  const { s, language } = ui;
  const d = (date: string) => formatDate(date, language);
  const promise = confirmed.entry.history.promise;
  switch (reading.intent) {
    case 'promise':
      return s.confirmed.promise(d(promise?.date ?? ''));
    case 'paid':
      return s.confirmed.paid(d(promise?.date ?? ''));
    case 'dispute':
      return s.confirmed.dispute;
    case 'out-of-office':
      return confirmed.entry.followUpOn ? s.confirmed.outOfOffice(d(confirmed.entry.followUpOn)) : s.confirmed.noted;
    default:
      return s.confirmed.noted;
  }
}

export function confirmedCard(
  ui: Ui,
  input: { reading: ReplyReading; confirmed: ConfirmedReply; answer?: Rendering },
): GoogleAppsScript.Card_Service.Card {
  const { s } = ui;
  const { reading, confirmed } = input;
  const done = section(ui, s.confirmed.title, paragraph(ui, html(summary(ui, reading, confirmed))));
  const full = capacityWarning(ui, confirmed.capacity);
  if (full) done.addWidget(full);
  const sections = [done];
  if (input.answer?.reminder) {
    const answer = previewSection(ui, input.answer.reminder);
    answer.setHeader(s.confirmed.answer);
    const parameters = { invoice: confirmed.entry.invoice.number, intent: reading.intent };
    answer.addWidget(buttons(ui, button(ui, s.buttons.createAnswer, action(ui, 'onCreateAnswerDraft', parameters))));
    sections.push(answer);
  } else if (input.answer?.renderError) {
    const description = describeError(input.answer.renderError, ui.language);
    sections.push(section(ui, s.confirmed.answer, warning(ui, description.title), ...description.details.map((detail) => warning(ui, `• ${detail}`))));
  } else {
    sections.push(section(ui, s.confirmed.answer, paragraph(ui, html(s.confirmed.noAnswer))));
  }
  sections.push(section(ui, undefined, buttons(ui, button(ui, s.buttons.promiseLog, action(ui, 'onShowHomepage')))));
  return card(ui, confirmedCardName, s.appName, `${confirmed.entry.invoice.number} · ${confirmed.entry.client.company}`, sections);
}
