/**
 * What Relance proposes for the open invoice, first: the step, the invoice, the amount due, the
 * days late and why, and the one or two actions. The data it rests on is below, folded.
 */
import type { ComponentChildren } from 'preact';
import { describePlanReason, formatDate, formatMoney, type Invoice, type Language, type ReminderPlan, stepLabels } from '../../core';
import { paneStrings } from './strings';

export function OutcomeCard(props: { plan: ReminderPlan; invoice: Invoice; language: Language; children?: ComponentChildren }) {
  const { plan, invoice, language } = props;
  const strings = paneStrings[language];
  const heading = plan.action === 'send' ? strings.plan.send(stepLabels[plan.step][language]) : plan.action === 'wait' ? strings.plan.wait : strings.plan.stop;
  const next = plan.action !== 'stop' ? plan.next : undefined;
  return (
    <section class="card" aria-labelledby="card-heading">
      <h2 id="card-heading">{heading}</h2>
      <dl class="facts">
        <div>
          <dt>{strings.card.invoice}</dt>
          {/* "n° F-2026-0142" never breaks after its sign. */}
          <dd class="nowrap">{`n°\u00a0${invoice.number}`}</dd>
        </div>
        <div>
          <dt>{strings.card.amount}</dt>
          <dd class="nowrap">{formatMoney(invoice.amountDue ?? invoice.amount, language)}</dd>
        </div>
      </dl>
      <p class="reason">{describePlanReason(plan.why, language)}</p>
      {props.children}
      {next && <p class="next">{strings.plan.next(stepLabels[next.step][language], formatDate(next.on, language))}</p>}
    </section>
  );
}
