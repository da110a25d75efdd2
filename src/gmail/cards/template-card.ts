/** The template editor: the text, its preview with a fictitious client, or every problem with its line. */
import { describeError, describeTemplateProblem, type RelanceError, type RenderedReminder, type TemplateProblem } from '../../core';
import { settingsStrings } from './settings-strings';
import { action, button, buttons, card, html, paragraph, section, type Ui, warning } from './ui';

export const templateCardName = 'relance-template';

export type TemplateEdit = {
  file: string;
  text: string;
  revision: number;
  preview?: RenderedReminder;
  renderError?: RelanceError;
  problems?: TemplateProblem[];
  notice?: string;
};

export function templateCard(ui: Ui, edit: TemplateEdit): GoogleAppsScript.Card_Service.Card {
  const s = settingsStrings[ui.language].templates;
  const parameters = { file: edit.file, revision: String(edit.revision) };
  const sections: GoogleAppsScript.Card_Service.CardSection[] = [];
  if (edit.notice) sections.push(section(ui, undefined, paragraph(ui, html(edit.notice))));
  if (edit.problems && edit.problems.length > 0) {
    const lines = edit.problems.map((problem) => `• ${html(describeTemplateProblem(problem, ui.language))}`);
    sections.push(section(ui, undefined, paragraph(ui, `<font color="#b3261e"><b>${html(s.refused)}</b><br>${lines.join('<br>')}</font>`)));
  } else if (edit.renderError) {
    const { title, details } = describeError(edit.renderError, ui.language);
    sections.push(section(ui, s.previewTitle, warning(ui, [title, ...details].join('\n'))));
  } else if (edit.preview) {
    sections.push(section(ui, s.previewTitle, paragraph(ui, `<b>${html(s.subject)}</b> ${html(edit.preview.subject)}`), paragraph(ui, html(edit.preview.text))));
  }
  sections.push(
    section(
      ui,
      edit.file,
      ui.cards.newTextInput().setFieldName('templateText').setTitle(s.field).setMultiline(true).setValue(edit.text),
      buttons(ui, button(ui, s.preview, action(ui, 'onPreviewTemplate', parameters)), button(ui, s.save, action(ui, 'onSaveTemplate', parameters))),
      buttons(ui, button(ui, s.back, action(ui, 'onOpenSettings'))),
    ),
  );
  return card(ui, templateCardName, settingsStrings[ui.language].title, edit.file, sections);
}
