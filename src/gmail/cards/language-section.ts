/** The switch of the reminder's language: the client's by default; the card itself stays in the user's. */
import type { Language } from '../../core';
import { settingsStrings } from './settings-strings';
import { section, type Ui } from './ui';

export function languageSection(ui: Ui, value: Language, fieldName: string): GoogleAppsScript.Card_Service.CardSection {
  const s = settingsStrings[ui.language];
  const dropdown = ui.cards.newSelectionInput().setType(ui.cards.SelectionInputType.DROPDOWN).setFieldName(fieldName).setTitle(s.reminderLanguage);
  for (const language of ['fr', 'en'] as const) dropdown.addItem(s.languageNames[language], language, language === value);
  return section(ui, undefined, dropdown);
}
