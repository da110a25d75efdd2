/**
 * Which reminder an invoice needs today, why, and when the next one falls due. Pure: `today` is
 * given, and the same input always gives the same plan.
 */
import { isIsoDate } from '../dates/is-iso-date';
import { type FieldIssue, RelanceError } from '../errors/relance-error';
import type { FollowUpHistory } from '../model/follow-up-history';
import type { Invoice } from '../model/invoice';
import type { IsoDate } from '../model/iso-date';
import type { Language } from '../model/language';
import { defaultChannels } from '../model/step';
import { validateHistory } from '../validation/validate-history';
import { validateInvoice } from '../validation/validate-invoice';
import { type Decision, decideStep } from './decide-step';
import { describePlanReason } from './describe-plan-reason';
import type { NextStep, ReminderPlan } from './reminder-plan';
import { defaultScenario, type Scenario } from './scenario';

export type PlanInput = {
  invoice: Invoice;
  history?: FollowUpHistory;
  today: IsoDate;
  scenario?: Scenario;
  /** The language of the plan's reason; the scenario's by default. */
  language?: Language;
};

/** What comes after sending `decision.step` today, as if it had been sent. */
function nextAfterSending(decision: Extract<Decision, { action: 'send' }>, input: PlanInput, history: FollowUpHistory, scenario: Scenario): NextStep | undefined {
  const after = decideStep(input.invoice, { ...history, sent: [...history.sent, { step: decision.step, on: input.today }] }, input.today, scenario);
  if (after.action === 'send') return { step: after.step, on: input.today };
  return after.action === 'wait' ? after.next : undefined;
}

export function planReminder(input: PlanInput): ReminderPlan {
  const issues: FieldIssue[] = [...validateInvoice(input.invoice), ...validateHistory(input.history)];
  if (!isIsoDate(input.today)) issues.push({ field: 'today', problem: input.today ? 'invalid-date' : 'required' });
  if (issues.length > 0) throw new RelanceError('invalid-input', issues);

  const scenario = input.scenario ?? defaultScenario(input.language);
  const language = input.language ?? scenario.language;
  const history: FollowUpHistory = input.history ?? { sent: [] };
  const decision = decideStep(input.invoice, history, input.today, scenario);
  const reason = describePlanReason(decision.why, language);
  if (decision.action === 'send') {
    const next = nextAfterSending(decision, input, history, scenario);
    return { action: 'send', step: decision.step, channel: defaultChannels[decision.step], reason, why: decision.why, ...(next ? { next } : {}) };
  }
  return decision.action === 'wait'
    ? { action: 'wait', reason, why: decision.why, ...(decision.next ? { next: decision.next } : {}) }
    : { action: 'stop', reason, why: decision.why };
}
