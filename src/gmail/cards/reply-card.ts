/** The card on a client's reply: what it commits to, the date to check, and "Confirm promise". */
import { type FieldIssue, formatDate, formatMoney, intentLabels, type InvoiceForm, type LedgerEntry } from '../../core';
import type { ReplyReading } from '../../core';
import { datePicker } from './date-picker';
import { invoiceFormSection } from './invoice-form-section';
import { action, button, buttons, card, html, labelled, paragraph, section, type Ui, warning } from './ui';

export const replyCardName = 'relance-reply';

const datedIntents = new Set<ReplyReading['intent']>(['promise', 'paid', 'payment-plan']);

export function replyCard(
  ui: Ui,
  input: { reading: ReplyReading; entry?: LedgerEntry; form: InvoiceForm; issues?: readonly FieldIssue[]; dateError?: string },
): GoogleAppsScript.Card_Service.Card {
  const { reading, entry } = input;
  const { s, language } = ui;
  const facts = section(ui, s.reply.title, labelled(ui, s.reply.intent, intentLabels[ui.language][reading.intent]), paragraph(ui, html(s.reply.notes[reading.intent])));
  if (datedIntents.has(reading.intent)) {
    facts.addWidget(datePicker(ui, 'promiseDate', s.reply.date, reading.date));
    if (input.dateError) facts.addWidget(warning(ui, input.dateError));
  }
  const back = reading.intent === 'out-of-office' ? (reading.returnOn ?? reading.date) : undefined;
  if (back) facts.addWidget(paragraph(ui, html(s.reply.returnOn(formatDate(back, language)))));
  if (reading.amount) facts.addWidget(labelled(ui, s.reply.amount, formatMoney(reading.amount, language)));
  if (reading.evidence) facts.addWidget(labelled(ui, s.reply.evidence, `« ${reading.evidence} »`));
  const sections = [facts];
  if (entry) {
    const due = entry.invoice.amountDue ?? entry.invoice.amount;
    facts.addWidget(labelled(ui, s.reply.invoice, `${entry.invoice.number} · ${entry.client.company} · ${formatMoney(due, language)}`));
  } else {
    sections.push(invoiceFormSection(ui, input.form, input.issues ?? []));
  }
  const confirmText = reading.intent === 'promise' ? s.buttons.confirmPromise : s.buttons.confirm;
  const confirm = button(ui, confirmText, action(ui, 'onConfirmReply', entry ? { invoice: entry.invoice.number } : {}));
  sections.push(
    section(ui, undefined, buttons(ui, confirm, button(ui, s.buttons.preview, action(ui, 'onPreview')), button(ui, s.buttons.promiseLog, action(ui, 'onShowHomepage')))),
  );
  return card(ui, replyCardName, s.appName, entry ? `${entry.invoice.number} · ${entry.client.company}` : undefined, sections);
}
