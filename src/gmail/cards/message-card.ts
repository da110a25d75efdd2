/**
 * The card on an opened message, outcome first: what Relance proposes and its one or two actions,
 * the preview, then the data it read, folded under "Vérifier les données" (opened, with what is
 * missing, when the proposal cannot be made).
 */
import { formatAmountInput, type InvoiceForm, type IsoDate, type Language, type LedgerCapacity, type OpenInvoice, type Proposal } from '../../core';
import { capacityWarning } from './capacity-warning';
import { datePicker } from './date-picker';
import { languageSection } from './language-section';
import { otherInvoicesSection } from './other-invoices-section';
import { todayStrings } from './today-strings';
import { invoiceFormSection } from './invoice-form-section';
import { outcomeSection } from './outcome-section';
import { previewSection } from './preview-section';
import { action, button, buttons, card, primary, section, type Ui, warning } from './ui';

/** What the user typed in "Paiement reçu" and why it was refused, shown again as it was. */
export type PaymentTyped = { amount: string; error?: string };

export const messageCardName = 'relance-message';

export function messageCard(
  ui: Ui,
  input: { form: InvoiceForm; proposal: Proposal; capacity?: LedgerCapacity; today: IsoDate; reminderLanguage?: { value: Language; fieldName: string }; notice?: string; otherInvoices?: OpenInvoice[]; payment?: PaymentTyped },
): GoogleAppsScript.Card_Service.Card {
  const { form, proposal } = input;
  const { s } = ui;
  const sections: GoogleAppsScript.Card_Service.CardSection[] = [];
  const full = capacityWarning(ui, input.capacity);
  if (full) sections.push(section(ui, undefined, full));
  if (input.notice) sections.push(section(ui, undefined, warning(ui, input.notice)));
  // An ordinary action: it checks the form and logs the step, then offers the draft to open. A
  // call script is for the user only: shown in the card, never drafted to the client.
  const main: GoogleAppsScript.Card_Service.TextButton[] = [];
  if (proposal.ok && proposal.reminder && proposal.reminder.channel !== 'phone') {
    // Once the money is in, the draft offered is the thank-you note, and the button says so.
    const label = proposal.reminder.step === 'thank-you' ? todayStrings[ui.language].thanks.draft : s.buttons.createDraft;
    main.push(primary(ui, button(ui, label, action(ui, 'onCreateDraft'))));
  }
  if (proposal.ok && proposal.plan.action !== 'stop') main.push(button(ui, s.buttons.flag, action(ui, 'onFlagFollowUp')));
  sections.push(outcomeSection(ui, proposal, input.today, main.length > 0 ? buttons(ui, ...main) : undefined));
  if (proposal.ok) {
    sections.push(previewSection(ui, proposal.reminder, proposal.renderError));
    if (input.reminderLanguage) sections.push(languageSection(ui, input.reminderLanguage.value, input.reminderLanguage.fieldName));
    if (input.otherInvoices && input.otherInvoices.length > 0) sections.push(otherInvoicesSection(ui, input.otherInvoices));
  }
  const data = invoiceFormSection(ui, form, proposal.ok ? [] : proposal.issues, { folded: true });
  data.addWidget(buttons(ui, button(ui, s.buttons.preview, action(ui, 'onPreview'))));
  sections.push(data);
  // The money arrived: the whole balance stops the reminders and offers the thank-you note; less
  // is a part payment. The amount is prefilled with the balance, written as the user writes numbers.
  if (proposal.ok && !proposal.entry.history.paidOn) {
    const balance = proposal.entry.invoice.amountDue ?? proposal.entry.invoice.amount;
    const amount = ui.cards
      .newTextInput()
      .setFieldName('paidAmount')
      .setTitle(`${s.paidAmount} (${balance.currency})`)
      .setValue(input.payment?.amount ?? formatAmountInput(balance, ui.language));
    const refused = input.payment?.error ? [warning(ui, input.payment.error)] : [];
    sections.push(section(ui, undefined, datePicker(ui, 'paidOn', s.paidOn, input.today), amount, ...refused, buttons(ui, button(ui, s.buttons.recordPayment, action(ui, 'onRecordPayment')))));
  }
  sections.push(section(ui, undefined, buttons(ui, button(ui, s.buttons.promiseLog, action(ui, 'onShowHomepage')))));
  const subtitle = proposal.ok ? `${proposal.entry.invoice.number} · ${proposal.entry.client.company}` : undefined;
  return card(ui, messageCardName, s.appName, subtitle, sections);
}
