/** Which step, why, and when the next one falls due. */
import { formatDate, type ReminderPlan, stepLabels } from '../../core';
import { labelled, paragraph, html, section, type Ui } from './ui';

export function planSection(ui: Ui, plan: ReminderPlan): GoogleAppsScript.Card_Service.CardSection {
  const { s, language } = ui;
  const now = plan.action === 'send' ? stepLabels[plan.step][language] : plan.action === 'wait' ? s.nothingToSend : s.stopped;
  const built = section(ui, s.planSection, labelled(ui, s.step, now), paragraph(ui, html(plan.reason)));
  if (plan.action !== 'stop' && plan.next) {
    built.addWidget(labelled(ui, s.nextStep, `${stepLabels[plan.next.step][language]}, ${s.on(formatDate(plan.next.on, language))}`));
  }
  return built;
}
