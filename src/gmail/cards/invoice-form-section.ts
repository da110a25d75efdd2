/**
 * The invoice and client as editable fields, each with its own error under it. `folded`: the data
 * under the outcome, in a section Gmail shows collapsed ("Vérifier les données"), unless something
 * is wrong with it, when it opens by itself.
 */
import { describeIssue, type FieldIssue, fieldLabel, type InvoiceForm } from '../../core';
import { invoiceFormFields } from '../event/form-from-event';
import { datePicker } from './date-picker';
import { paymentInputs } from './payment-inputs';
import { capitalised, section, type Ui, warning } from './ui';

const dateFields = new Set<keyof InvoiceForm>(['issueDate', 'dueDate']);

export function invoiceFormSection(
  ui: Ui,
  form: InvoiceForm,
  issues: readonly FieldIssue[] = [],
  options: { folded?: boolean } = {},
): GoogleAppsScript.Card_Service.CardSection {
  const built = section(ui, options.folded ? ui.s.outcome.check : ui.s.invoiceSection);
  if (options.folded && issues.length === 0) built.setCollapsible(true).setNumUncollapsibleWidgets(0);
  if (issues.length > 0) built.addWidget(warning(ui, ui.s.fixFields));
  for (const field of invoiceFormFields) {
    const title = capitalised(fieldLabel(field, ui.language));
    if (dateFields.has(field)) built.addWidget(datePicker(ui, field, title, form[field]));
    else {
      const input = ui.cards.newTextInput().setFieldName(field).setTitle(title).setValue(form[field]);
      if (field === 'description') input.setMultiline(true);
      built.addWidget(input);
    }
    for (const issue of issues.filter((candidate) => candidate.field === field)) {
      built.addWidget(warning(ui, describeIssue(issue, ui.language)));
    }
    // Part payments follow the balance they explain.
    if (field === 'amountDue') for (const widget of paymentInputs(ui, form.payments, issues)) built.addWidget(widget);
  }
  return built;
}
