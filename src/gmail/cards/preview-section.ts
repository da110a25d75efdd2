/** The reminder as it will go out, or why it cannot be written yet. */
import { describeError, type RelanceError, type RenderedReminder } from '../../core';
import { html, labelled, paragraph, section, type Ui, warning } from './ui';

export function previewSection(ui: Ui, reminder: RenderedReminder | undefined, renderError?: RelanceError): GoogleAppsScript.Card_Service.CardSection {
  const built = section(ui, ui.s.previewSection);
  if (renderError) {
    const description = describeError(renderError, ui.language);
    built.addWidget(warning(ui, description.title));
    for (const detail of description.details) built.addWidget(warning(ui, `• ${detail}`));
    return built;
  }
  if (!reminder) {
    built.addWidget(paragraph(ui, html(ui.s.noReminder)));
    return built;
  }
  if (reminder.channel !== 'email') built.addWidget(paragraph(ui, `<i>${html(ui.s.channelNote[reminder.channel])}</i>`));
  built.addWidget(labelled(ui, ui.s.subject, reminder.subject));
  built.addWidget(paragraph(ui, html(reminder.text)));
  return built;
}
