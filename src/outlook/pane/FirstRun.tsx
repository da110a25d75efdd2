/** When no settings file is found: what the admin must publish, and where, instead of a list of missing fields. */
import type { Language } from '../../core';
import { settingsStrings } from './settings-strings';

export function FirstRun(props: { url: string; language: Language; unreadable?: boolean }) {
  const strings = settingsStrings[props.language];
  return (
    <section class="first-run" aria-label={strings.firstRun.title}>
      <h2>{strings.firstRun.title}</h2>
      <p>{props.unreadable ? strings.states.unreadable : strings.firstRun.intro}</p>
      <p>{strings.firstRun.where(props.url)}</p>
      <ul>
        {strings.firstRun.what.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{strings.firstRun.example}</p>
      <p>{strings.firstRun.guide}</p>
    </section>
  );
}
