/** The invoice and client as editable fields, each with its own error under it. */
import { describeIssue, type FieldIssue, fieldLabel, type InvoiceForm } from '../../core';
import { invoiceFormFields } from '../event/form-from-event';
import { section, type Ui, warning } from './ui';

const dateFields = new Set<keyof InvoiceForm>(['issueDate', 'dueDate']);

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function invoiceFormSection(ui: Ui, form: InvoiceForm, issues: readonly FieldIssue[] = []): GoogleAppsScript.Card_Service.CardSection {
  const built = section(ui, ui.s.invoiceSection);
  if (issues.length > 0) built.addWidget(warning(ui, ui.s.fixFields));
  for (const field of invoiceFormFields) {
    const input = ui.cards.newTextInput().setFieldName(field).setTitle(capitalised(fieldLabel(field, ui.language))).setValue(form[field]);
    if (dateFields.has(field)) input.setHint(ui.language === 'fr' ? 'AAAA-MM-JJ' : 'YYYY-MM-DD');
    if (field === 'description') input.setMultiline(true);
    built.addWidget(input);
    for (const issue of issues.filter((candidate) => candidate.field === field)) {
      built.addWidget(warning(ui, describeIssue(issue, ui.language)));
    }
  }
  return built;
}
