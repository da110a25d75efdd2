/** The Settings tab's content, loaded when opened: where the settings come from, every problem in them, what applies, and each template previewed. */
import { useState } from 'preact/hooks';
import {
  describeSettingsProblem,
  type IsoDate,
  type Language,
  previewTemplate,
  type RelanceSettings,
  scenarioFromSettings,
  stepLabels,
  isStepId,
  templateNames,
} from '../../../core';
import type { SettingsStatus } from '../../config/load-settings';
import { ReminderPreview } from '../ReminderPreview';
import { settingsStrings } from '../settings-strings';

export type SettingsTabProps = { settings: RelanceSettings; status: SettingsStatus; language: Language; today: IsoDate };

export function SettingsTabBody(props: SettingsTabProps) {
  const { settings, status, language } = props;
  const strings = settingsStrings[language];
  const [previewLanguage, setPreviewLanguage] = useState<Language>(language);
  const organisation = status.organisation;
  const { sender } = settings;
  const bank = [sender.iban && `IBAN ${sender.iban}`, sender.bic && `BIC ${sender.bic}`, sender.sortCode && `Sort code ${sender.sortCode}`, sender.accountNumber && `Account ${sender.accountNumber}`]
    .filter(Boolean)
    .join(' · ');
  const segments = Object.entries(organisation?.scenarios ?? {});
  const overrides = new Set(Object.keys(organisation?.templates ?? {}));
  return (
    <section class="settings" aria-label={strings.tab}>
      <p>{strings.source(status.url)}</p>
      <p>{strings.states[status.state]}</p>
      <h2>{status.problems.length > 0 ? strings.problemsTitle(status.problems.length) : strings.noProblems}</h2>
      {status.problems.length > 0 && (
        <ul class="problems">
          {status.problems.map((problem) => {
            const text = describeSettingsProblem(problem, language);
            return <li key={text}>{text}</li>;
          })}
        </ul>
      )}
      <h2>{strings.effectiveTitle}</h2>
      <dl>
        <dt>{strings.company}</dt>
        <dd>{sender.company || strings.unset}</dd>
        <dt>{strings.legalMentions}</dt>
        <dd>{sender.legalMentions ?? strings.unset}</dd>
        <dt>{strings.address}</dt>
        <dd>{sender.address?.join(', ') ?? strings.unset}</dd>
        <dt>{strings.bank}</dt>
        <dd>{bank || strings.unset}</dd>
        <dt>{strings.law}</dt>
        <dd>{strings.lawValue(organisation?.terms?.jurisdiction, organisation?.terms?.annualRatePercent)}</dd>
      </dl>
      <h2>{strings.segmentsTitle}</h2>
      {segments.length === 0 ? (
        <p>{strings.segment('default', true)}</p>
      ) : (
        <ul>
          {segments.map(([name, written]) => {
            const scenario = scenarioFromSettings(written, language);
            const steps = scenario.escalation
              .map((step) => `${stepLabels[step.step][language]} ${language === 'fr' ? 'J' : 'D'}+${step.offsetDays}${step.enabled ? '' : ` (${strings.disabled})`}`)
              .join(', ');
            return (
              <li key={name}>
                <strong>{strings.segment(name, name === (organisation?.defaultSegment ?? 'default'))}</strong> — {strings.offsets}{'\u00a0'}: {steps}
              </li>
            );
          })}
        </ul>
      )}
      <p>{strings.rules(organisation?.clients?.length ?? 0)}</p>
      <h2>{strings.templatesTitle}</h2>
      <label>
        {strings.reminderLanguage}{' '}
        <select value={previewLanguage} onChange={(event) => setPreviewLanguage((event.currentTarget as HTMLSelectElement).value as Language)}>
          <option value="fr">{strings.languageNames.fr}</option>
          <option value="en">{strings.languageNames.en}</option>
        </select>
      </label>
      {templateNames().map((name) => {
        const preview = previewTemplate({ settings, name, language: previewLanguage, today: props.today });
        const label = isStepId(name) ? stepLabels[name][language] : (strings.answers[name] ?? name);
        const origin = overrides.has(`${previewLanguage}/${name}.hbs`) ? strings.overridden : strings.builtIn;
        return (
          <details key={`${previewLanguage}/${name}`}>
            <summary>
              {label} ({origin})
            </summary>
            <ReminderPreview
              language={language}
              title={`${previewLanguage}/${name}.hbs`}
              {...(preview.reminder ? { reminder: preview.reminder } : {})}
              {...(preview.renderError ? { renderError: preview.renderError } : {})}
            />
          </details>
        );
      })}
    </section>
  );
}
