/** A user's own settings (name, role, direct line, signature), each problem at its path. */
import { object, optional, type Problems, text } from './check-shape';
import type { PersonalSettings } from './organisation-settings';
import type { SettingsReading } from './check-organisation-shape';

const personal = object({
  name: optional(text({ max: 120 })),
  role: optional(text({ max: 120 })),
  phone: optional(text({ max: 40 })),
  signature: optional(text({ max: 200 })),
});

export function validatePersonalSettings(value: unknown): SettingsReading<PersonalSettings> {
  const problems: Problems = [];
  const settings = personal(value, '', problems) as PersonalSettings | undefined;
  return { settings, problems };
}

