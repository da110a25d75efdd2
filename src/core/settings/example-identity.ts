/**
 * The placeholder company of `examples/relance.settings.example.json`. Reminders signed with it
 * would carry a stranger's bank details, so the shells refuse to write any while the settings
 * still hold its name or its IBAN.
 */
import type { OrganisationSettings } from './organisation-settings';

export const exampleIdentity = { company: 'Votre Société SAS', iban: 'FR1420041010050500013M02606' } as const;

const compact = (value: string | undefined) => value?.replace(/\s+/g, '').toUpperCase();

export function isExampleIdentity(settings: OrganisationSettings | undefined): boolean {
  if (!settings) return false;
  return settings.identity.company === exampleIdentity.company || compact(settings.bank?.iban) === exampleIdentity.iban;
}
