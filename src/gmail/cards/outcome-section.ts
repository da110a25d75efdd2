/**
 * What Relance proposes for an invoice, first on the card: the step, the invoice, the amount, how
 * late it is and why, and the one or two actions. When the data is incomplete, what is missing.
 */
import { fieldLabel, type FieldIssue, formatDate, formatMoney, type IsoDate, type Proposal, stepLabels } from '../../core';
import { utcMidnight } from './date-picker';
import { capitalised, html, labelled, paragraph, section, type Ui, warning } from './ui';

const dayMs = 86_400_000;

/** Whole days from the due date to today: positive when late. Both are calendar days, read as UTC midnights. */
export function daysLate(dueDate: IsoDate, today: IsoDate): number {
  return Math.round((utcMidnight(today) - utcMidnight(dueDate)) / dayMs);
}

/** The fields the issues name, each once, in the user's words. */
export function missingFields(ui: Ui, issues: readonly FieldIssue[]): string {
  return [...new Set(issues.map((issue) => fieldLabel(issue.field, ui.language)))].join(', ');
}

export function outcomeSection(
  ui: Ui,
  proposal: Proposal,
  today: IsoDate,
  actions: GoogleAppsScript.Card_Service.ButtonSet | undefined,
): GoogleAppsScript.Card_Service.CardSection {
  const { s, language } = ui;
  if (!proposal.ok) return section(ui, s.planSection, warning(ui, s.outcome.missing(missingFields(ui, proposal.issues))));
  const { plan, entry } = proposal;
  const now = plan.action === 'send' ? stepLabels[proposal.step ?? plan.step][language] : plan.action === 'wait' ? s.nothingToSend : s.stopped;
  const built = section(ui, s.planSection);
  const step = labelled(ui, s.step, capitalised(now));
  built.addWidget(step);
  const due = entry.invoice.amountDue ?? entry.invoice.amount;
  const invoice = labelled(ui, s.reply.invoice, `${entry.invoice.number} · ${entry.client.company} · ${formatMoney(due, language)}`);
  if (entry.invoice.dueDate && !entry.history.paidOn) invoice.setBottomLabel(html(s.outcome.lateness(daysLate(entry.invoice.dueDate, today))));
  built.addWidget(invoice);
  built.addWidget(paragraph(ui, html(plan.reason)));
  if (plan.action !== 'stop' && plan.next) {
    built.addWidget(labelled(ui, s.nextStep, `${stepLabels[plan.next.step][language]}, ${s.on(formatDate(plan.next.on, language))}`));
  }
  if (actions) built.addWidget(actions);
  return built;
}
