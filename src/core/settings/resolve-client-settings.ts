/**
 * What the organisation's settings say about one client: its segment and that segment's scenario,
 * the language to write in, and the governing law. A rule for the client's own address wins over
 * a rule for its domain; the language falls back to the thread's, then to the organisation's.
 */
import type { Client } from '../model/client';
import type { Language } from '../model/language';
import type { Jurisdiction } from '../model/penalty-terms';
import { defaultScenario, type Scenario } from '../plan/scenario';
import type { ClientRule, OrganisationSettings, ScenarioSettings } from './organisation-settings';

export type LanguageSource = 'rule' | 'client' | 'thread' | 'organisation';

export type ClientSettings = {
  segment: string;
  scenario: Scenario;
  language: Language;
  languageSource: LanguageSource;
  /** The governing law: the client's rule, else the organisation's terms; undefined when nobody set one. */
  jurisdiction?: Jurisdiction;
  /** A contractual rate; absent: the statutory rate of each period. */
  annualRatePercent?: number;
  /** French law only: the contractual rate as a multiple of the legal interest rate, resolved per half-year. */
  legalRateMultiple?: number;
};

export const defaultSegmentName = 'default';

function matchingRule(rules: readonly ClientRule[], email: string): ClientRule | undefined {
  const address = email.trim().toLowerCase();
  const domain = address.slice(address.lastIndexOf('@') + 1);
  return (
    rules.find((rule) => rule.email?.toLowerCase() === address) ??
    // The longest matching domain wins: a rule for a subsidiary beats the group's.
    [...rules]
      .filter((rule) => rule.domain && (domain === rule.domain.toLowerCase() || domain.endsWith(`.${rule.domain.toLowerCase()}`)))
      .sort((a, b) => (b.domain?.length ?? 0) - (a.domain?.length ?? 0))[0]
  );
}

/** A scenario as written, over Relance's default for the language (notice periods differ by country). */
export function scenarioFromSettings(written: ScenarioSettings | undefined, language: Language): Scenario {
  const base = defaultScenario(language);
  if (!written) return base;
  const { preventive, preventiveNudge, escalation, ...rest } = written;
  const defined = <T extends object>(value: T) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
  return {
    ...base,
    ...defined(rest),
    preventive: { ...base.preventive, ...defined(preventive ?? {}) },
    preventiveNudge: { ...base.preventiveNudge, ...defined(preventiveNudge ?? {}) },
    escalation: escalation ? escalation.map((step) => ({ step: step.step, offsetDays: step.offsetDays, enabled: step.enabled ?? true })) : base.escalation,
  };
}

export function resolveClientSettings(settings: OrganisationSettings | undefined, client: Pick<Client, 'contact' | 'language'>, threadLanguage?: Language): ClientSettings {
  const rule = settings ? matchingRule(settings.clients ?? [], client.contact.email) : undefined;
  const [language, languageSource]: [Language, LanguageSource] = rule?.language
    ? [rule.language, 'rule']
    : client.language
      ? [client.language, 'client']
      : threadLanguage
        ? [threadLanguage, 'thread']
        : [settings?.defaultLanguage ?? 'fr', 'organisation'];
  const segment = rule?.segment ?? settings?.defaultSegment ?? defaultSegmentName;
  const jurisdiction = rule?.jurisdiction ?? settings?.terms?.jurisdiction;
  const rate = settings?.terms?.annualRatePercent;
  // A client under another law than the organisation's terms does not take a French multiple.
  const multiple = jurisdiction === 'FR' ? settings?.terms?.legalRateMultiple : undefined;
  return {
    segment,
    scenario: scenarioFromSettings(settings?.scenarios?.[segment], language),
    language,
    languageSource,
    ...(jurisdiction ? { jurisdiction } : {}),
    ...(rate === undefined ? {} : { annualRatePercent: rate }),
    ...(multiple === undefined ? {} : { legalRateMultiple: multiple }),
  };
}
