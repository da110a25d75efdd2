/**
 * The sample company of `examples/relance.settings.example.json`. Reminders signed with it would
 * carry a stranger's bank details, so the shells refuse to write any while the settings still hold it.
 */
import type { OrganisationSettings } from './organisation-settings';

export const exampleIdentity = { company: 'Atelier Lumen SARL', iban: 'FR7630006000011234567890189' } as const;

const compact = (value: string | undefined) => value?.replace(/\s+/g, '').toUpperCase();

export function isExampleIdentity(settings: OrganisationSettings | undefined): boolean {
  if (!settings) return false;
  return settings.identity.company === exampleIdentity.company || compact(settings.bank?.iban) === exampleIdentity.iban;
}
