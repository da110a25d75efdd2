/** What went wrong, in the user's language, with each detail the core gave. */
import { section, type Ui, card, paragraph, html, warning } from './ui';

export const errorCardName = 'relance-error';

export function errorCard(ui: Ui, description: { title: string; details: string[] }): GoogleAppsScript.Card_Service.Card {
  const body = section(ui, undefined, warning(ui, description.title));
  for (const detail of description.details) body.addWidget(paragraph(ui, `• ${html(detail)}`));
  body.addWidget(paragraph(ui, `<i>${html(ui.s.error.retry)}</i>`));
  return card(ui, errorCardName, ui.s.error.title, undefined, [body]);
}
