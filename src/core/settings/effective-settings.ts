/**
 * The settings a reminder is written with: the organisation's document, the account manager's
 * personal settings over it (name, role, direct line, signature), and the signed-in account; then,
 * for one client, its segment's scenario, its language and its law.
 */
import type { Client } from '../model/client';
import type { Language } from '../model/language';
import type { Sender } from '../model/sender';
import type { TemplateCatalog } from '../render/template-catalog';
import type { RelanceSettings } from '../use-cases/relance-settings';
import type { OrganisationSettings, PersonalSettings } from './organisation-settings';
import { type ClientSettings, resolveClientSettings } from './resolve-client-settings';

export type SignedInUser = { email?: string; displayName?: string };

/** `Sender` and the details issue-11's letters print (legal mentions, UK bank details), typed here until `Sender` holds them. */
export type SettingsSender = Sender & { legalMentions?: string; sortCode?: string; accountNumber?: string; signature?: string };

const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;

/** `catalog`: the organisation's templates, from `organisationCatalog` (kept apart: it loads the template parser). */
export function effectiveSettings(input: { organisation?: OrganisationSettings; personal?: PersonalSettings; user: SignedInUser; catalog?: TemplateCatalog }): RelanceSettings {
  const { organisation, personal = {}, user, catalog } = input;
  const identity = organisation?.identity;
  const bank = organisation?.bank ?? {};
  const sender: SettingsSender = defined({
    name: personal.name ?? user.displayName?.trim() ?? '',
    company: identity?.company ?? '',
    role: personal.role,
    // The direct line first: the client should reach the person who wrote.
    phone: personal.phone ?? identity?.phone,
    email: user.email?.trim(),
    iban: bank.iban,
    bic: bank.bic?.toUpperCase(),
    sortCode: bank.sortCode,
    accountNumber: bank.accountNumber,
    address: identity?.address,
    city: identity?.city,
    legalMentions: identity?.legalMentions,
    signature: personal.signature,
  });
  const client = resolveClientSettings(organisation, { contact: { lastName: '', email: '' } });
  const terms = client.jurisdiction && client.annualRatePercent !== undefined ? { jurisdiction: client.jurisdiction, annualRatePercent: client.annualRatePercent } : undefined;
  return {
    sender: { ...sender, name: personal.name ?? user.displayName?.trim() ?? '', company: identity?.company ?? '' },
    ...(user.email?.trim() ? { userEmail: user.email.trim() } : {}),
    ...(organisation ? { organisation, scenario: client.scenario } : {}),
    ...(terms ? { terms } : {}),
    ...(catalog ? { catalog } : {}),
  };
}

/** The settings for one client: its segment's scenario and its law; the language to write in beside them. */
export function settingsForClient(
  settings: RelanceSettings,
  client: Pick<Client, 'contact' | 'language'>,
  threadLanguage?: Language,
): { settings: RelanceSettings; language: Language; resolved: ClientSettings } {
  const resolved = resolveClientSettings(settings.organisation, client, threadLanguage);
  const { jurisdiction, annualRatePercent } = resolved;
  // A contractual rate sets the terms; without one the renderer applies the statutory rate of each period.
  const terms = jurisdiction && annualRatePercent !== undefined ? { terms: { jurisdiction, annualRatePercent } } : {};
  const scenario = settings.organisation ? { scenario: resolved.scenario } : {};
  return { settings: { ...settings, ...scenario, ...terms }, language: resolved.language, resolved };
}
