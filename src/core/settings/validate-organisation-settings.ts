/** Every problem of an organisation settings document, its templates' text included (file and line). */
import { checkOrganisationShape, type SettingsReading } from './check-organisation-shape';
import type { OrganisationSettings } from './organisation-settings';
import { organisationCatalog } from './organisation-catalog';

export type { SettingsReading } from './check-organisation-shape';

export function validateOrganisationSettings(value: unknown): SettingsReading<OrganisationSettings> {
  const reading = checkOrganisationShape(value);
  if (reading.problems.some((problem) => problem.code === 'unsupported-version')) return reading;
  const raw = typeof value === 'object' && value !== null ? (value as { templates?: unknown }).templates : undefined;
  return { settings: reading.settings, problems: [...reading.problems, ...organisationCatalog(raw).problems] };
}
