/**
 * The settings card, reached from the add-on's universal action: the state of the settings and
 * every problem in them; each user's own settings; for the admins listed in RELANCE_ADMINS, the
 * organisation's document and the template editor.
 */
import { describeSettingsProblem, type SettingsProblem, templateNames } from '../../core';
import type { GmailSettings } from '../adapter/settings';
import { settingsStrings } from './settings-strings';
import { action, button, buttons, card, html, paragraph, section, type Ui, warning } from './ui';

export const settingsCardName = 'relance-settings';

/** What the user typed, shown again when a save is refused so nothing is lost. */
export type SettingsDrafts = { organisation?: string; personal?: Record<string, string>; notice?: string; problems?: SettingsProblem[] };

function textInput(ui: Ui, fieldName: string, title: string, value: string, multiline = false): GoogleAppsScript.Card_Service.TextInput {
  const input = ui.cards.newTextInput().setFieldName(fieldName).setTitle(title).setValue(value);
  return multiline ? input.setMultiline(true) : input;
}

/** A card section holds at most 100 widgets (cards reference): the problems go in one paragraph. */
function problemList(ui: Ui, problems: readonly SettingsProblem[]): GoogleAppsScript.Card_Service.TextParagraph {
  const s = settingsStrings[ui.language];
  const lines = problems.map((problem) => `• ${html(describeSettingsProblem(problem, ui.language))}`);
  return paragraph(ui, `<b>${html(s.problems(problems.length))}</b><br>${lines.join('<br>')}`);
}

export function templateFiles(): string[] {
  return ['fr', 'en'].flatMap((language) => templateNames().map((name) => `${language}/${name}.hbs`));
}

export function settingsCard(ui: Ui, config: GmailSettings, drafts: SettingsDrafts = {}): GoogleAppsScript.Card_Service.Card {
  const s = settingsStrings[ui.language];
  const sections: GoogleAppsScript.Card_Service.CardSection[] = [];
  const state = config.source === 'legacy' && config.state === 'ok' ? s.states.legacy : s.states[config.state];
  const problems = drafts.problems ?? config.problems;
  const status: GoogleAppsScript.Card_Service.Widget[] = [];
  if (drafts.notice) status.push(warning(ui, drafts.notice));
  status.push(config.state === 'ok' ? paragraph(ui, html(state)) : warning(ui, state));
  status.push(problems.length > 0 ? problemList(ui, problems) : paragraph(ui, html(s.noProblems)));
  if (config.state === 'missing') status.push(paragraph(ui, html(`${s.firstRun.admins}\n${s.firstRun.what}`)));
  sections.push(section(ui, s.status, ...status));

  const personal = drafts.personal ?? {};
  const value = (field: 'name' | 'role' | 'phone' | 'signature') => personal[field] ?? config.personal[field] ?? '';
  sections.push(
    section(
      ui,
      s.personal.title,
      textInput(ui, 'personalName', s.personal.name, value('name')),
      textInput(ui, 'personalRole', s.personal.role, value('role')),
      textInput(ui, 'personalPhone', s.personal.phone, value('phone')),
      textInput(ui, 'personalSignature', s.personal.signature, value('signature')),
      buttons(ui, button(ui, s.personal.save, action(ui, 'onSavePersonal'))),
    ),
  );

  if (!config.isAdmin) {
    sections.push(section(ui, s.organisation.title, paragraph(ui, html(s.notAdmin))));
    return card(ui, settingsCardName, s.title, undefined, sections);
  }
  const revision = String(config.stored?.revision ?? 0);
  const documentText = drafts.organisation ?? config.stored?.text ?? (config.organisation ? JSON.stringify(config.organisation, null, 2) : '');
  sections.push(
    section(
      ui,
      s.organisation.title,
      paragraph(ui, html(s.organisation.hint)),
      textInput(ui, 'organisation', s.organisation.field, documentText, true),
      buttons(ui, button(ui, s.organisation.save, action(ui, 'onSaveOrganisation', { revision }))),
    ),
  );
  const dropdown = ui.cards.newSelectionInput().setType(ui.cards.SelectionInputType.DROPDOWN).setFieldName('templateFile').setTitle(s.templates.choose);
  const overridden = new Set(Object.keys(config.organisation?.templates ?? {}));
  templateFiles().forEach((file, index) => dropdown.addItem(overridden.has(file) ? `${file} ✎` : file, file, index === 0));
  sections.push(section(ui, s.templates.title, dropdown, buttons(ui, button(ui, s.templates.edit, action(ui, 'onEditTemplate')))));
  return card(ui, settingsCardName, s.title, undefined, sections);
}

/** Homepage and message cards before anything is configured: what to set, where, and by whom. */
export function firstRunCard(ui: Ui): GoogleAppsScript.Card_Service.Card {
  const s = settingsStrings[ui.language];
  return card(ui, 'relance-first-run', s.firstRun.title, undefined, [
    section(
      ui,
      undefined,
      paragraph(ui, html(s.firstRun.intro)),
      paragraph(ui, html(s.firstRun.admins)),
      paragraph(ui, html(s.firstRun.what)),
      paragraph(ui, html(s.firstRun.guide)),
      buttons(ui, button(ui, s.open, action(ui, 'onOpenSettings'))),
    ),
  ]);
}
