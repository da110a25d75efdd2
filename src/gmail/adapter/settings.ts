/**
 * What Relance signs reminders with in Gmail: the organisation settings document (saved by an
 * admin from the settings card into script properties; before that, the older SENDER_* script
 * properties), the user's personal settings (saved from the same card into their user
 * properties), and the signed-in Google account.
 */
import {
  effectiveSettings,
  isExampleIdentity,
  organisationCatalog,
  type OrganisationSettings,
  type PersonalSettings,
  type RelanceSettings,
  type SettingsProblem,
  validateOrganisationSettings,
  validatePersonalSettings,
} from '../../core';
import { isAdmin, legacyDocument, readDocument, type StoredDocument } from './organisation-store';
import { hostCall } from './to-mailbox-error';

export const personalKey = 'RELANCE_PERSONAL';

/**
 * - `missing`: nothing configured yet (first run);
 * - `unreadable`: the stored document is not JSON;
 * - `example`: it still holds the example company: reminders are refused;
 * - `ok`: usable, possibly with problems the settings card lists.
 */
export type GmailSettingsState = 'missing' | 'unreadable' | 'example' | 'ok';

export type GmailSettings = {
  settings: RelanceSettings;
  state: GmailSettingsState;
  source: 'document' | 'legacy' | 'none';
  problems: SettingsProblem[];
  stored: StoredDocument;
  organisation?: OrganisationSettings;
  personal: PersonalSettings;
  isAdmin: boolean;
};

/** "sophie.martin@atelier-lumen.fr" → "Sophie Martin": a signature until the user sets their own. */
export function nameFromEmail(email: string): string {
  return (email.split('@')[0] ?? '')
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}

/** The user's own settings; before they save any, the SENDER_NAME/ROLE/PHONE properties of earlier versions. */
export function readPersonal(user: Record<string, string>, script: Record<string, string>): PersonalSettings {
  const saved = user[personalKey];
  if (saved) {
    try {
      return validatePersonalSettings(JSON.parse(saved)).settings ?? {};
    } catch {
      return {};
    }
  }
  const read = (key: string) => (user[key] ?? script[key])?.trim() || undefined;
  const name = read('SENDER_NAME');
  const role = read('SENDER_ROLE');
  const phone = user.SENDER_PHONE?.trim() || undefined;
  return { ...(name ? { name } : {}), ...(role ? { role } : {}), ...(phone ? { phone } : {}) };
}

export function loadSettings(host: {
  scriptProperties: GoogleAppsScript.Properties.Properties;
  userProperties: GoogleAppsScript.Properties.Properties;
  session: GoogleAppsScript.Base.Session;
  locks: GoogleAppsScript.Lock.LockService;
}): GmailSettings {
  const script = hostCall(() => host.scriptProperties.getProperties());
  const user = hostCall(() => host.userProperties.getProperties());
  const email = hostCall(() => host.session.getActiveUser().getEmail()) || undefined;
  const stored = readDocument(host.scriptProperties, host.locks);
  const personal = readPersonal(user, script);
  let state: GmailSettingsState = 'missing';
  let source: GmailSettings['source'] = 'none';
  let problems: SettingsProblem[] = [];
  let organisation: OrganisationSettings | undefined;
  if (stored) {
    source = 'document';
    try {
      const reading = validateOrganisationSettings(JSON.parse(stored.text));
      organisation = reading.settings;
      problems = reading.problems;
      state = 'ok';
    } catch {
      state = 'unreadable';
    }
  } else {
    organisation = legacyDocument(script);
    if (organisation) {
      source = 'legacy';
      state = 'ok';
    }
  }
  if (isExampleIdentity(organisation)) state = 'example';
  const user_ = { ...(email ? { email, displayName: nameFromEmail(email) } : {}) };
  // Broken overrides are listed in the problems; the valid ones apply, the rest keep the built-ins.
  const { catalog } = organisationCatalog(organisation?.templates);
  const settings = effectiveSettings({ ...(organisation ? { organisation } : {}), personal, user: user_, ...(catalog ? { catalog } : {}) });
  return {
    settings,
    state,
    source,
    problems,
    stored,
    ...(organisation ? { organisation } : {}),
    personal,
    isAdmin: isAdmin(host.scriptProperties, email),
  };
}
