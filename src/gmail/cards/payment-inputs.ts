/**
 * The part payments in the invoice form: a date and an amount per payment already made, then one
 * empty pair for the next. Each error sits under the input it is about; those about the payments
 * together (they settle or exceed the invoice) under the group.
 */
import { describeIssue, type FieldIssue, fieldLabel, type PaymentLine } from '../../core';
import { paymentFieldName, paymentParts } from '../event/payment-field-name';
import { datePicker } from './date-picker';
import { capitalised, html, paragraph, type Ui, warning } from './ui';

const emptyLine: PaymentLine = { on: '', amount: '' };

const isEmpty = (line: PaymentLine) => line.on.trim() === '' && line.amount.trim() === '';

export function paymentInputs(ui: Ui, payments: readonly PaymentLine[], issues: readonly FieldIssue[]): GoogleAppsScript.Card_Service.Widget[] {
  const title = capitalised(fieldLabel('payments', ui.language));
  const widgets: GoogleAppsScript.Card_Service.Widget[] = [ui.cards.newDivider(), paragraph(ui, `<b>${html(title)}</b><br>${html(ui.s.payments.note)}`)];
  const warnings = (field: string) => issues.filter((issue) => issue.field === field).map((issue) => warning(ui, describeIssue(issue, ui.language)));
  // Issues name lines by their place in `payments`, so the lines are shown in that order, as they are.
  const last = payments[payments.length - 1];
  const lines = last && isEmpty(last) ? payments : [...payments, emptyLine];
  lines.forEach((line, index) => {
    for (const part of paymentParts) {
      const field = `payments[${index}].${part}`;
      const name = paymentFieldName(index, part);
      const title = capitalised(fieldLabel(field, ui.language));
      const input = part === 'on' ? datePicker(ui, name, title, line.on) : ui.cards.newTextInput().setFieldName(name).setTitle(title).setValue(line.amount);
      widgets.push(input, ...warnings(field));
    }
  });
  widgets.push(...warnings('payments'), ui.cards.newDivider());
  return widgets;
}
