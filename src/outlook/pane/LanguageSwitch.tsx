/** The language the reminder is written in: the client's by default, with why, and the user may switch it. */
import type { Language, LanguageSource } from '../../core';
import { settingsStrings } from './settings-strings';

export function LanguageSwitch(props: { value: Language; source: LanguageSource | 'chosen'; language: Language; onChange: (value: Language) => void }) {
  const strings = settingsStrings[props.language];
  return (
    <p class="reminder-language">
      <label>
        {strings.reminderLanguage}{' '}
        <select value={props.value} onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value as Language)}>
          <option value="fr">{strings.languageNames.fr}</option>
          <option value="en">{strings.languageNames.en}</option>
        </select>
      </label>{' '}
      <span class="note">({strings.languageFrom[props.source]})</span>
    </p>
  );
}
