/**
 * The aged-balance import: a multi-line field to paste the CSV (Gmail's cards have no file
 * input), the mapping step for the columns not recognised, every row that cannot be followed by
 * line and column, and what following the rest would change, or why it is refused whole.
 */
import { type AgedBalanceProblem, columnRoleLabels, columnRoles, type ColumnRole, describeAgedBalanceProblem } from '../../core';
import type { ImportReading } from '../handlers/aged-balance-import';
import { columnField, currencyField, pasteField, pasteLimit } from '../event/today-fields';
import { todayStrings } from './today-strings';
import { action, button, buttons, card, html, kilobytes, paragraph, section, type Ui, warning } from './ui';

export const importCardName = 'relance-import';

/** Problems listed at most: one widget each, under Gmail's 100 a section. */
export const problemsShown = 40;

const currencies = ['EUR', 'GBP', 'USD', 'CHF'];

function dropdown(ui: Ui, fieldName: string, title: string, options: string[], chosen: string | undefined): GoogleAppsScript.Card_Service.SelectionInput {
  const input = ui.cards.newSelectionInput().setType(ui.cards.SelectionInputType.DROPDOWN).setFieldName(fieldName).setTitle(title);
  input.addItem(todayStrings[ui.language].import.noColumn, '', chosen === undefined);
  for (const option of options) input.addItem(option, option, option === chosen);
  return input;
}

/** "300 000" in French, grouped by no-break spaces (U+00A0, as formatMoney groups amounts), "300,000" in English. */
function count(ui: Ui, value: number): string {
  const digits = String(Math.round(value));
  let grouped = '';
  for (let index = 0; index < digits.length; index += 1) {
    if (index > 0 && (digits.length - index) % 3 === 0) grouped += ui.language === 'fr' ? '\u00a0' : ',';
    grouped += digits[index];
  }
  return grouped;
}

export function importCard(ui: Ui, reading?: ImportReading): GoogleAppsScript.Card_Service.Card {
  const t = todayStrings[ui.language].import;
  const text = reading?.choices.text ?? '';
  const paste = ui.cards.newTextInput().setFieldName(pasteField).setTitle(t.paste).setMultiline(true);
  if (text !== '') paste.setValue(text);
  const sections = [section(ui, undefined, paragraph(ui, html(t.intro)), paste, buttons(ui, button(ui, t.read, action(ui, 'onReadAgedBalance'))))];
  if (reading?.state === 'too-long') {
    sections.push(section(ui, undefined, warning(ui, t.tooLong(count(ui, reading.choices.text.length), count(ui, pasteLimit)))));
  }
  if (reading?.state === 'read') {
    const { balance, problems, choices } = reading;
    const missing = new Set<ColumnRole>(problems.flatMap((problem) => (problem.code === 'missing-column' && problem.role ? [problem.role] : [])));
    for (const role of Object.keys(choices.columns) as ColumnRole[]) missing.add(role);
    const needsCurrency = choices.currency !== undefined || problems.some((problem) => problem.code === 'missing-currency');
    if ((missing.size > 0 && balance.columns.length > 0) || needsCurrency) {
      const mapping = section(ui, t.columnsTitle);
      const headers = balance.columns.map((column) => column.header).filter((header) => header !== '');
      for (const role of columnRoles.filter((each) => missing.has(each))) {
        mapping.addWidget(dropdown(ui, columnField(role), t.columnFor(columnRoleLabels[role][ui.language]), headers, choices.columns[role]));
      }
      if (needsCurrency) mapping.addWidget(dropdown(ui, currencyField, t.currency, currencies, choices.currency));
      mapping.addWidget(buttons(ui, button(ui, t.read, action(ui, 'onReadAgedBalance'))));
      sections.push(mapping);
    }
    if (problems.length > 0) sections.push(problemsSection(ui, problems));
    const { added, updated, unchanged } = reading.summary;
    const outcome = section(ui, undefined);
    const refusal = reading.refusal;
    if (refusal?.code === 'too-large') outcome.addWidget(warning(ui, t.tooLarge(kilobytes(refusal.neededBytes, ui.language), kilobytes(refusal.freeBytes, ui.language))));
    else if (refusal?.code === 'record-too-large') outcome.addWidget(warning(ui, t.recordTooLarge(reading.refusalLine ?? 0)));
    else if (refusal?.code === 'key-taken') outcome.addWidget(warning(ui, t.keyTaken(reading.refusalLine ?? 0)));
    else if (balance.rows.length > 0 || added + updated + unchanged > 0) {
      outcome.addWidget(paragraph(ui, html(t.ready(added, updated, unchanged))));
      if (added + updated > 0) outcome.addWidget(buttons(ui, button(ui, t.confirm(added + updated), action(ui, 'onImportAgedBalance'))));
      else outcome.addWidget(paragraph(ui, html(t.nothingToImport)));
    }
    if (refusal || balance.rows.length > 0) sections.push(outcome);
  }
  return card(ui, importCardName, t.title, undefined, sections);
}

function problemsSection(ui: Ui, problems: AgedBalanceProblem[]): GoogleAppsScript.Card_Service.CardSection {
  const t = todayStrings[ui.language].import;
  const lines = new Set(problems.filter((problem) => problem.code !== 'missing-column').map((problem) => problem.line)).size;
  const part = section(ui, lines > 0 ? t.problemsTitle(lines) : undefined);
  for (const problem of problems.slice(0, problemsShown)) part.addWidget(warning(ui, describeAgedBalanceProblem(problem, ui.language)));
  if (problems.length > problemsShown) part.addWidget(paragraph(ui, html(t.moreProblems(problems.length - problemsShown))));
  return part;
}
