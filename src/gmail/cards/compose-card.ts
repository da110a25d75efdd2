/** The compose window's card: pick a followed invoice (or fill one in), check the preview, insert it. */
import { type InvoiceForm, type LedgerEntry, type Proposal } from '../../core';
import { invoiceFormSection } from './invoice-form-section';
import { planSection } from './plan-section';
import { previewSection } from './preview-section';
import { action, button, buttons, card, html, paragraph, section, type Ui } from './ui';

export const composeCardName = 'relance-compose';

export function composeCard(
  ui: Ui,
  input: { entries: LedgerEntry[]; selected?: string; form: InvoiceForm; proposal?: Proposal },
): GoogleAppsScript.Card_Service.Card {
  const { s } = ui;
  const { entries, selected, form, proposal } = input;
  const choose = section(ui, s.compose.followed);
  if (entries.length === 0) choose.addWidget(paragraph(ui, html(s.compose.noneFollowed)));
  else {
    const dropdown = ui.cards
      .newSelectionInput()
      .setType(ui.cards.SelectionInputType.DROPDOWN)
      .setFieldName('invoice')
      .setTitle(s.compose.followed)
      .setOnChangeAction(action(ui, 'onChooseInvoice', { source: 'picker' }))
      .addItem(s.compose.newInvoice, '', selected === undefined);
    for (const entry of entries) {
      dropdown.addItem(`${entry.invoice.number} · ${entry.client.company}`, entry.invoice.number, entry.invoice.number === selected);
    }
    choose.addWidget(dropdown);
    if (selected === undefined && !proposal) choose.addWidget(paragraph(ui, html(s.compose.pick)));
  }
  const sections = [choose];
  if (proposal?.ok) {
    sections.push(planSection(ui, proposal.plan));
    sections.push(previewSection(ui, proposal.reminder, proposal.renderError));
  }
  sections.push(invoiceFormSection(ui, form, proposal && !proposal.ok ? proposal.issues : []));
  sections.push(section(ui, undefined, buttons(ui, button(ui, s.buttons.insert, action(ui, 'onInsertReminder')), button(ui, s.buttons.preview, action(ui, 'onChooseInvoice')))));
  return card(ui, composeCardName, s.compose.title, undefined, sections);
}
