/**
 * The settings card and its actions. Whether a user is an admin is read again on every save from
 * RELANCE_ADMINS, never taken from the card. A save that fails a check keeps what was typed on the
 * card and says why; a template is refused with its file and line.
 */
import {
  defaultTemplateSource,
  effectiveSettings,
  isExampleIdentity,
  type OrganisationSettings,
  previewTemplate,
  readCatalog,
  validateOrganisationSettings,
  validatePersonalSettings,
} from '../../core';
import { maxDocumentLength, SaveConflictError, saveDocument } from '../adapter/organisation-store';
import { personalKey } from '../adapter/settings';
import { hostCall } from '../adapter/to-mailbox-error';
import { settingsCard, type SettingsDrafts, templateFiles } from '../cards/settings-card';
import { settingsStrings } from '../cards/settings-strings';
import { templateCard, type TemplateEdit } from '../cards/template-card';
import type { AddonEvent } from '../event/addon-event';
import { formValue, parameter } from '../event/form-value';
import { createContext, type HandlerContext } from '../handler-context';
import type { GmailHost } from '../host';
import { pushCard, updateCard } from './respond';

type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;

/** The universal action "Settings": the cards Gmail shows (see `universalResponse` in entry-points). */
export function onShowSettings(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.Card[] {
  const ctx = createContext(host, event);
  return [settingsCard(ctx.ui, ctx.configuration)];
}

/** The same card from a button (first-run card, template editor). */
export function onOpenSettings(host: GmailHost, event: AddonEvent): ActionResponse {
  const ctx = createContext(host, event);
  return pushCard(ctx, settingsCard(ctx.ui, ctx.configuration));
}

/** Data changed: Gmail drops the cards it cached (HOST-FACTS: setStateChanged). */
function saved(ctx: HandlerContext, card: GoogleAppsScript.Card_Service.Card, text: string): ActionResponse {
  const { cards } = ctx.host;
  return cards.newActionResponseBuilder().setNavigation(cards.newNavigation().updateCard(card)).setNotification(cards.newNotification().setText(text)).setStateChanged(true).build();
}

export function onSavePersonal(host: GmailHost, event: AddonEvent): ActionResponse {
  const ctx = createContext(host, event);
  const s = settingsStrings[ctx.language];
  const typed = { name: formValue(event, 'personalName') ?? '', role: formValue(event, 'personalRole') ?? '', phone: formValue(event, 'personalPhone') ?? '', signature: formValue(event, 'personalSignature') ?? '' };
  const { settings, problems } = validatePersonalSettings(typed);
  if (problems.length > 0 || !settings) return updateCard(ctx, settingsCard(ctx.ui, ctx.configuration, { personal: typed, problems }));
  hostCall(() => host.userProperties.setProperty(personalKey, JSON.stringify(settings)));
  return saved(ctx, settingsCard(ctx.ui, createContext(host, event).configuration), s.personal.saved);
}

/** Why a document cannot be saved, or undefined when it can. */
function refusal(ctx: HandlerContext, text: string): SettingsDrafts | undefined {
  const s = settingsStrings[ctx.language].organisation;
  if (text.length > maxDocumentLength) return { notice: s.tooLong };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { notice: s.notJson(error instanceof Error ? error.message : String(error)) };
  }
  const { settings, problems } = validateOrganisationSettings(value);
  if (problems.length > 0 || !settings) return { notice: s.refused, problems };
  if (isExampleIdentity(settings)) return { notice: s.example };
  return undefined;
}

function save(ctx: HandlerContext, text: string, revision: number): string | undefined {
  try {
    saveDocument(ctx.host.scriptProperties, ctx.host.locks, text, revision);
    return undefined;
  } catch (error) {
    if (error instanceof SaveConflictError) return settingsStrings[ctx.language].organisation.conflict;
    throw error;
  }
}

export function onSaveOrganisation(host: GmailHost, event: AddonEvent): ActionResponse {
  const ctx = createContext(host, event);
  const s = settingsStrings[ctx.language];
  if (!ctx.configuration.isAdmin) return updateCard(ctx, settingsCard(ctx.ui, ctx.configuration), s.notAdmin);
  const text = formValue(event, 'organisation') ?? '';
  const refused = refusal(ctx, text);
  if (refused) return updateCard(ctx, settingsCard(ctx.ui, ctx.configuration, { ...refused, organisation: text }));
  const conflict = save(ctx, text, Number(parameter(event, 'revision') ?? '0'));
  if (conflict) return updateCard(ctx, settingsCard(ctx.ui, ctx.configuration, { notice: conflict, organisation: text }));
  return saved(ctx, settingsCard(ctx.ui, createContext(host, event).configuration), s.organisation.saved);
}

function templateEdit(ctx: HandlerContext, file: string, text: string): TemplateEdit {
  const revision = ctx.configuration.stored?.revision ?? 0;
  const { problems } = readCatalog({ [file]: text });
  if (problems.length > 0) return { file, text, revision, problems };
  // The preview uses the organisation's other overrides too, as the next reminder will.
  const organisation = ctx.configuration.organisation;
  const templates = { ...organisation?.templates, [file]: text };
  const settings = effectiveSettings({
    ...(organisation ? { organisation: { ...organisation, templates } } : {}),
    personal: ctx.configuration.personal,
    user: { ...(ctx.settings.userEmail ? { email: ctx.settings.userEmail } : {}), displayName: ctx.settings.sender.name },
  });
  const [language, name] = file.replace(/\.hbs$/, '').split('/') as ['fr' | 'en', string];
  const preview = previewTemplate({ settings: { ...settings, catalog: readCatalog(templates).catalog }, name, language, today: ctx.today });
  return { file, text, revision, ...(preview.reminder ? { preview: preview.reminder } : {}), ...(preview.renderError ? { renderError: preview.renderError } : {}) };
}

function chosenFile(event: AddonEvent): string | undefined {
  const file = parameter(event, 'file') ?? formValue(event, 'templateFile');
  return file && templateFiles().includes(file) ? file : undefined;
}

export function onEditTemplate(host: GmailHost, event: AddonEvent): ActionResponse {
  const ctx = createContext(host, event);
  const file = chosenFile(event);
  if (!ctx.configuration.isAdmin || !file) return updateCard(ctx, settingsCard(ctx.ui, ctx.configuration), settingsStrings[ctx.language].notAdmin);
  const text = ctx.configuration.organisation?.templates?.[file] ?? defaultTemplateSource(file) ?? '';
  return pushCard(ctx, templateCard(ctx.ui, templateEdit(ctx, file, text)));
}

export function onPreviewTemplate(host: GmailHost, event: AddonEvent): ActionResponse {
  const ctx = createContext(host, event);
  const file = chosenFile(event);
  if (!ctx.configuration.isAdmin || !file) return updateCard(ctx, settingsCard(ctx.ui, ctx.configuration), settingsStrings[ctx.language].notAdmin);
  return updateCard(ctx, templateCard(ctx.ui, templateEdit(ctx, file, formValue(event, 'templateText') ?? '')));
}

export function onSaveTemplate(host: GmailHost, event: AddonEvent): ActionResponse {
  const ctx = createContext(host, event);
  const s = settingsStrings[ctx.language];
  const file = chosenFile(event);
  if (!ctx.configuration.isAdmin || !file) return updateCard(ctx, settingsCard(ctx.ui, ctx.configuration), s.notAdmin);
  const text = formValue(event, 'templateText') ?? '';
  const edit = templateEdit(ctx, file, text);
  if (edit.problems) return updateCard(ctx, templateCard(ctx.ui, edit));
  const { configuration } = ctx;
  if (configuration.state === 'unreadable') return updateCard(ctx, templateCard(ctx.ui, { ...edit, notice: s.templates.fixDocumentFirst }));
  const base: OrganisationSettings | undefined = configuration.stored ? (JSON.parse(configuration.stored.text) as OrganisationSettings) : configuration.organisation;
  if (!base) return updateCard(ctx, templateCard(ctx.ui, { ...edit, notice: s.states.missing }));
  const text_ = JSON.stringify({ ...base, templates: { ...base.templates, [file]: text } }, null, 2);
  const conflict = save(ctx, text_, Number(parameter(event, 'revision') ?? '0'));
  if (conflict) return updateCard(ctx, templateCard(ctx.ui, { ...edit, notice: conflict }));
  return saved(ctx, templateCard(ctx.ui, { ...templateEdit(createContext(host, event), file, text), notice: s.templates.saved }), s.templates.saved);
}
