/**
 * The settings a reminder is written with: the organisation's document, the account manager's
 * personal settings over it (name, role, direct line, signature), and the signed-in account; then,
 * for one client, its segment's scenario, its language and its law.
 */
import type { Client } from '../model/client';
import type { Language } from '../model/language';
import type { PenaltyTerms } from '../model/penalty-terms';
import type { Sender } from '../model/sender';
import type { TemplateCatalog } from '../render/template-catalog';
import type { RelanceSettings } from '../use-cases/relance-settings';
import type { OrganisationSettings, PersonalSettings } from './organisation-settings';
import { type ClientSettings, resolveClientSettings } from './resolve-client-settings';

export type SignedInUser = { email?: string; displayName?: string };

/** `Sender` and the account manager's closing line. */
type SettingsSender = Sender & { signature?: string };

/** The governing law, when one is set, with the contractual rate if any: without a rate the letters apply the statutory rate of each period. */
function termsFor(client: ClientSettings): { terms: PenaltyTerms } | Record<string, never> {
  const { jurisdiction, annualRatePercent, legalRateMultiple } = client;
  if (!jurisdiction) return {};
  return {
    terms: {
      jurisdiction,
      ...(annualRatePercent === undefined ? {} : { annualRatePercent }),
      ...(legalRateMultiple === undefined ? {} : { legalRateMultiple }),
    },
  };
}

/** Drops what is unset or blank, so an optional field is absent rather than undefined. */
const defined = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as { [K in keyof T]: Exclude<T[K], undefined> };

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
  return {
    sender: { ...sender, name: personal.name ?? user.displayName?.trim() ?? '', company: identity?.company ?? '' },
    ...(user.email?.trim() ? { userEmail: user.email.trim() } : {}),
    ...(organisation ? { organisation, scenario: client.scenario } : {}),
    ...termsFor(client),
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
  const scenario = settings.organisation ? { scenario: resolved.scenario } : {};
  // The client's law replaces the organisation's; a client under none keeps what the settings had.
  return { settings: { ...settings, ...scenario, ...termsFor(resolved) }, language: resolved.language, resolved };
}
