/**
 * The organisation's settings document, fetched from the file the admin hosts (the URL the
 * manifest names, else `relance.settings.json` beside the pane), validated by the core and merged
 * with the signed-in user. The build never ships that file, so a redeploy cannot replace it. A
 * missing, unreadable or invalid file is not fatal: the pane says what is wrong and where.
 */
import {
  checkOrganisationShape,
  effectiveSettings,
  isExampleIdentity,
  type OrganisationSettings,
  type RelanceSettings,
  type SettingsProblem,
} from '../../core';

// The template parser is loaded only for a document that overrides templates: most never do.
const loadTemplates = () => import(/* webpackChunkName: "organisation-templates" */ './organisation-templates');

export const settingsFileName = 'relance.settings.json';

/**
 * - `missing`: no file at the URL (first run): the pane shows what to set and where;
 * - `unreadable`: not JSON, or the server failed;
 * - `example`: the file still holds the sample company: reminders are refused;
 * - `ok`: usable, possibly with problems listed in the Settings tab.
 */
export type SettingsState = 'missing' | 'unreadable' | 'example' | 'ok';

export type SettingsStatus = { state: SettingsState; url: string; problems: SettingsProblem[]; organisation?: OrganisationSettings };

export type OutlookSettings = { settings: RelanceSettings; graphClientId?: string; status: SettingsStatus };

/** `taskpane.html?settings=<url>`: one hosted copy of the pane serves several organisations. */
export function settingsUrl(paneUrl: string): string {
  const named = new URL(paneUrl).searchParams.get('settings');
  return new URL(named || settingsFileName, paneUrl).toString();
}

async function fetchDocument(fetcher: typeof fetch, url: string): Promise<{ state: 'missing' | 'unreadable' } | { state: 'read'; value: unknown }> {
  try {
    const response = await fetcher(url, { cache: 'no-cache' });
    if (response.status === 404) return { state: 'missing' };
    if (!response.ok) return { state: 'unreadable' };
    return { state: 'read', value: JSON.parse(await response.text()) as unknown };
  } catch {
    return { state: 'unreadable' };
  }
}

export async function loadSettings(input: {
  fetch: typeof fetch;
  paneUrl: string;
  user: { emailAddress?: string; displayName?: string };
}): Promise<OutlookSettings> {
  const url = settingsUrl(input.paneUrl);
  const user = { ...(input.user.emailAddress ? { email: input.user.emailAddress } : {}), ...(input.user.displayName ? { displayName: input.user.displayName } : {}) };
  const read = await fetchDocument(input.fetch, url);
  if (read.state !== 'read') return { settings: effectiveSettings({ user }), status: { state: read.state, url, problems: [] } };
  const shape = checkOrganisationShape(read.value);
  const organisation = shape.settings;
  const templates = typeof read.value === 'object' && read.value !== null ? (read.value as { templates?: unknown }).templates : undefined;
  const overrides = templates && typeof templates === 'object' && Object.keys(templates).length > 0 ? (await loadTemplates()).organisationCatalog(templates) : { problems: [] };
  const problems = [...shape.problems, ...overrides.problems];
  const catalog = 'catalog' in overrides ? overrides.catalog : undefined;
  const settings = effectiveSettings({ ...(organisation ? { organisation } : {}), user, ...(catalog ? { catalog } : {}) });
  const clientId = organisation?.graph?.clientId;
  const state: SettingsState = isExampleIdentity(organisation) ? 'example' : 'ok';
  return { settings, ...(clientId ? { graphClientId: clientId } : {}), status: { state, url, problems, ...(organisation ? { organisation } : {}) } };
}
