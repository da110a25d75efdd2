/**
 * The card on a client's reply, outcome first: what it commits to, the date to check, and the
 * button named by that reading ("Enregistrer la promesse", "Enregistrer le litige"…; none when
 * the reply surely commits to nothing). When the reader is unsure, both readings are offered, one button
 * each, and the one the user presses is what is logged. A reply already in the log says so and
 * when. The invoice's data, when it is not followed yet, comes last, folded.
 */
import { type FieldIssue, formatDate, formatMoney, intentLabels, type InvoiceForm, type LedgerEntry, readingChoices, replyActionLabels } from '../../core';
import type { FollowUpEventKind, ReplyIntent, ReplyReading } from '../../core';
import { datePicker } from './date-picker';
import { invoiceFormSection } from './invoice-form-section';
import { action, button, buttons, card, html, labelled, paragraph, primary, section, type Ui, warning } from './ui';

export const replyCardName = 'relance-reply';

const datedIntents = new Set<ReplyReading['intent']>(['promise', 'paid', 'payment-plan']);

/** The reading a logged reply event stands for ('replied': a reply that committed to nothing). */
const intentOfEvent: Partial<Record<FollowUpEventKind, ReplyIntent>> = {
  promise: 'promise',
  'payment-announced': 'paid',
  dispute: 'dispute',
  'documents-asked': 'missing-documents',
  'plan-asked': 'payment-plan',
};

/** What the log already holds of this reply, in the user's words; undefined when it is new. */
function alreadyRecorded(ui: Ui, entry: LedgerEntry | undefined, messageId: string | undefined): string | undefined {
  if (!entry || !messageId) return undefined;
  const { s, language } = ui;
  const d = (date: string) => formatDate(date, language);
  const promise = entry.promises.find((candidate) => candidate.id === messageId);
  if (promise) return s.reply.alreadyPromised(d(promise.date), d(promise.loggedOn));
  const event = entry.events?.find((candidate) => 'messageId' in candidate && candidate.messageId === messageId && candidate.kind !== 'sent');
  if (!event) return undefined;
  const intent = intentOfEvent[event.kind] ?? 'no-commitment';
  return s.reply.alreadyRecorded(intentLabels[language][intent], d(event.on));
}

export function replyCard(
  ui: Ui,
  input: { reading: ReplyReading; entry?: LedgerEntry; messageId?: string; form: InvoiceForm; issues?: readonly FieldIssue[]; dateError?: string },
): GoogleAppsScript.Card_Service.Card {
  const { reading, entry } = input;
  const { s, language } = ui;
  const choices = readingChoices(reading);
  const facts = section(ui, s.reply.title);
  if (choices.length > 1) {
    facts.addWidget(paragraph(ui, html(s.reply.unsure)));
    for (const choice of choices) facts.addWidget(labelled(ui, s.reply.intent, intentLabels[language][choice.intent]).setBottomLabel(html(s.reply.notes[choice.intent])));
  } else {
    facts.addWidget(labelled(ui, s.reply.intent, intentLabels[language][reading.intent]));
    facts.addWidget(paragraph(ui, html(s.reply.notes[reading.intent])));
  }
  const dated = choices.find((choice) => datedIntents.has(choice.intent));
  if (dated) {
    facts.addWidget(datePicker(ui, 'promiseDate', s.reply.date, dated.date));
    if (input.dateError) facts.addWidget(warning(ui, input.dateError));
  }
  const back = reading.intent === 'out-of-office' ? (reading.returnOn ?? reading.date) : undefined;
  if (back) facts.addWidget(paragraph(ui, html(s.reply.returnOn(formatDate(back, language)))));
  if (reading.amount) facts.addWidget(labelled(ui, s.reply.amount, formatMoney(reading.amount, language)));
  // Quoted as each language quotes: « » with no-break spaces in French, “ ” in English.
  if (reading.evidence) facts.addWidget(labelled(ui, s.reply.evidence, language === 'fr' ? `«\u00a0${reading.evidence}\u00a0»` : `“${reading.evidence}”`));
  if (entry) {
    const due = entry.invoice.amountDue ?? entry.invoice.amount;
    facts.addWidget(labelled(ui, s.reply.invoice, `${entry.invoice.number} · ${entry.client.company} · ${formatMoney(due, language)}`));
  } else {
    // Not followed yet: the invoice as read from the thread, its details folded below to check.
    const read = [input.form.number || reading.invoiceNumbers.join(', '), input.form.company].filter(Boolean).join(' · ');
    if (read) facts.addWidget(labelled(ui, s.reply.invoice, read));
  }
  const recorded = alreadyRecorded(ui, entry, input.messageId);
  if (recorded) facts.addWidget(paragraph(ui, `<b>${html(recorded)}</b>`));
  const invoice = entry ? { invoice: entry.invoice.number } : {};
  // A reply that commits to nothing has nothing to record, unless the user picks that reading over another.
  const confirms = choices.flatMap((choice) => {
    if (choice.intent === 'no-commitment' && choices.length === 1) return [];
    const text = choice.intent === 'no-commitment' ? s.buttons.noCommitment : replyActionLabels[ui.language][choice.intent];
    const confirm = button(ui, text, action(ui, 'onConfirmReply', { ...invoice, reading: choice.intent }));
    return [choices.length === 1 ? primary(ui, confirm) : confirm];
  });
  if (confirms.length > 0) facts.addWidget(buttons(ui, ...confirms));
  const sections = [facts];
  if (!entry) sections.push(invoiceFormSection(ui, input.form, input.issues ?? [], { folded: true }));
  sections.push(section(ui, undefined, buttons(ui, button(ui, s.buttons.preview, action(ui, 'onPreview')), button(ui, s.buttons.promiseLog, action(ui, 'onShowHomepage')))));
  return card(ui, replyCardName, s.appName, entry ? `${entry.invoice.number} · ${entry.client.company}` : undefined, sections);
}
