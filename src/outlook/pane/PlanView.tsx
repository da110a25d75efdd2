/** The plan for today: which step, why, and when the next one falls due. */
import { describePlanReason, formatDate, type Language, type ReminderPlan, stepLabels } from '../../core';
import { paneStrings } from './strings';

export function PlanView(props: { plan: ReminderPlan; language: Language }) {
  const { plan, language } = props;
  const strings = paneStrings[language].plan;
  const heading =
    plan.action === 'send' ? strings.send(stepLabels[plan.step][language]) : plan.action === 'wait' ? strings.wait : strings.stop;
  const next = plan.action !== 'stop' ? plan.next : undefined;
  return (
    <section class="plan" aria-label={strings.title}>
      <h2>{heading}</h2>
      <p>{describePlanReason(plan.why, language)}</p>
      {next && <p class="next">{strings.next(stepLabels[next.step][language], formatDate(next.on, language))}</p>}
    </section>
  );
}
