/**
 * The client's other open invoices under the reminder: a box each, ticked when overdue, so one
 * message carries them all (DOMAIN: never several messages to one client on the same day). One
 * checkbox group is one widget whatever the number of invoices, under Gmail's 100 a section.
 */
import { formatDate, formatMoney, type OpenInvoice } from '../../core';
import { otherInvoicesField } from '../event/today-fields';
import { todayStrings } from './today-strings';
import { html, paragraph, section, type Ui } from './ui';

export function otherInvoicesSection(ui: Ui, open: readonly OpenInvoice[]): GoogleAppsScript.Card_Service.CardSection {
  const t = todayStrings[ui.language].others;
  const boxes = ui.cards.newSelectionInput().setType(ui.cards.SelectionInputType.CHECK_BOX).setFieldName(otherInvoicesField).setTitle(t.title);
  for (const each of open) {
    const due = formatDate(each.invoice.dueDate, ui.language);
    boxes.addItem(`${each.invoice.number} · ${formatMoney(each.invoice.amountDue ?? each.invoice.amount, ui.language)} · ${each.overdue ? t.overdue(due) : t.notDue(due)}`, each.invoice.number, each.selected);
  }
  return section(ui, t.title, paragraph(ui, html(t.intro)), boxes);
}
