/**
 * The rules of the scenario, in the order a credit manager applies them: a payment ends everything,
 * a dispute stops the reminders, a promise pauses them, then the pre-due steps, then escalation,
 * one step at a time and never two reminders closer than the scenario's gap.
 */
import { addDays } from '../dates/add-days';
import { daysBetween } from '../dates/days-between';
import { maxDate } from '../dates/max-date';
import type { FollowUpHistory } from '../model/follow-up-history';
import type { Invoice } from '../model/invoice';
import type { IsoDate } from '../model/iso-date';
import type { StepId } from '../model/step';
import { toMinorUnits } from '../money/to-minor-units';
import type { PlanReason } from './plan-reason';
import type { NextStep } from './reminder-plan';
import type { Scenario } from './scenario';

export type Decision =
  | { action: 'send'; step: StepId; why: PlanReason }
  | { action: 'wait'; why: PlanReason; next?: NextStep }
  | { action: 'stop'; why: PlanReason };

/** Steps that are not reminders: they neither count towards escalation nor open a gap. */
const courtesies = new Set<StepId>(['thank-you', 'promise-ack']);

function lastSent(history: FollowUpHistory, step: StepId, since?: IsoDate): IsoDate | undefined {
  return history.sent
    .filter((sent) => sent.step === step && (since === undefined || sent.on >= since))
    .map((sent) => sent.on)
    .sort()
    .pop();
}

function lastReminderOn(history: FollowUpHistory): IsoDate | undefined {
  return history.sent
    .filter((sent) => !courtesies.has(sent.step))
    .map((sent) => sent.on)
    .sort()
    .pop();
}

function escalation(invoice: Invoice, history: FollowUpHistory, today: IsoDate, scenario: Scenario): Decision {
  const ladder = scenario.escalation.filter((step) => step.enabled);
  const sentSteps = new Set(history.sent.map((sent) => sent.step));
  const reached = ladder.reduce((last, step, index) => (sentSteps.has(step.step) ? index : last), -1);
  if (ladder.length === 0) return { action: 'wait', why: { code: 'until-due', dueDate: invoice.dueDate, replied: !!history.repliedOn } };
  const last = ladder[reached];
  if (reached === ladder.length - 1 && last) {
    return { action: 'stop', why: { code: 'escalation-done', lastStep: last.step, on: lastSent(history, last.step) ?? today } };
  }
  const next = ladder[reached + 1]!;
  const previous = lastReminderOn(history);
  const dueOn = previous
    ? maxDate(addDays(invoice.dueDate, next.offsetDays), addDays(previous, scenario.minGapDays))
    : addDays(invoice.dueDate, next.offsetDays);
  const daysOverdue = daysBetween(invoice.dueDate, today);
  if (today < dueOn) {
    const why: PlanReason =
      daysOverdue < 0
        ? { code: 'until-due', dueDate: invoice.dueDate, replied: !!history.repliedOn }
        : { code: 'not-yet', step: next.step, on: dueOn, ...(previous ? { lastOn: previous } : {}) };
    return { action: 'wait', why, next: { step: next.step, on: dueOn } };
  }
  const later = ladder[reached + 2];
  const catchUp = reached === -1 && later !== undefined && daysOverdue >= later.offsetDays;
  return { action: 'send', step: next.step, why: { code: 'overdue', step: next.step, daysOverdue, catchUp } };
}

function beforeDue(invoice: Invoice, history: FollowUpHistory, today: IsoDate, scenario: Scenario): Decision | undefined {
  const { preventive, preventiveNudge } = scenario;
  const preventiveOn = lastSent(history, 'preventive');
  if (!preventiveOn && preventive.enabled) {
    const from = addDays(invoice.dueDate, preventive.fromDays);
    const to = addDays(invoice.dueDate, preventive.toDays);
    if (today < from) {
      const ideal = addDays(invoice.dueDate, preventive.idealDays);
      return { action: 'wait', why: { code: 'before-preventive', dueDate: invoice.dueDate, from, ideal }, next: { step: 'preventive', on: from } };
    }
    if (today <= to) {
      return { action: 'send', step: 'preventive', why: { code: 'preventive', dueDate: invoice.dueDate, daysLeft: daysBetween(today, invoice.dueDate) } };
    }
  }
  const answered = history.repliedOn !== undefined && preventiveOn !== undefined && history.repliedOn >= preventiveOn;
  if (preventiveOn && preventiveNudge.enabled && !answered && !lastSent(history, 'preventive-nudge')) {
    const from = maxDate(addDays(invoice.dueDate, preventiveNudge.fromDays), addDays(preventiveOn, preventiveNudge.afterPreventiveDays));
    const to = addDays(invoice.dueDate, preventiveNudge.toDays);
    if (from <= to && today <= to) {
      if (today >= from) {
        return { action: 'send', step: 'preventive-nudge', why: { code: 'preventive-nudge', preventiveOn, dueDate: invoice.dueDate } };
      }
      return { action: 'wait', why: { code: 'not-yet', step: 'preventive-nudge', on: from, lastOn: preventiveOn }, next: { step: 'preventive-nudge', on: from } };
    }
  }
  return undefined;
}

export function decideStep(invoice: Invoice, history: FollowUpHistory, today: IsoDate, scenario: Scenario): Decision {
  if (history.paidOn) {
    if (scenario.thankYou && !lastSent(history, 'thank-you')) {
      return { action: 'send', step: 'thank-you', why: { code: 'thank-you', paidOn: history.paidOn } };
    }
    return { action: 'stop', why: { code: 'paid', paidOn: history.paidOn } };
  }
  if (invoice.amountDue && toMinorUnits(invoice.amountDue) === 0) return { action: 'stop', why: { code: 'nothing-due' } };
  if (history.disputedOn) return { action: 'stop', why: { code: 'disputed', disputedOn: history.disputedOn } };

  const promise = history.promise;
  if (promise) {
    if (scenario.promiseAck && !lastSent(history, 'promise-ack', promise.loggedOn)) {
      return { action: 'send', step: 'promise-ack', why: { code: 'promise-ack', promiseDate: promise.date } };
    }
    const lastPausedDay = addDays(promise.date, scenario.promiseGraceDays);
    if (today <= lastPausedDay) {
      const resume = addDays(lastPausedDay, 1);
      const after = scenario.brokenPromise
        ? ({ step: 'broken-promise', on: resume } as NextStep)
        : nextEscalationAfterPause(invoice, history, resume, scenario);
      return { action: 'wait', why: { code: 'promise-pending', promiseDate: promise.date, resumeOn: lastPausedDay }, ...(after ? { next: after } : {}) };
    }
    if (scenario.brokenPromise && !lastSent(history, 'broken-promise', addDays(promise.date, 1))) {
      return { action: 'send', step: 'broken-promise', why: { code: 'promise-broken', promiseDate: promise.date } };
    }
  }

  if (daysBetween(invoice.dueDate, today) < 0) {
    const decision = beforeDue(invoice, history, today, scenario);
    if (decision) return decision;
  }
  return escalation(invoice, history, today, scenario);
}

/** Where escalation will stand on the day a pause ends, for the plan's "next" line. */
function nextEscalationAfterPause(invoice: Invoice, history: FollowUpHistory, resume: IsoDate, scenario: Scenario): NextStep | undefined {
  const decision = escalation(invoice, history, resume, scenario);
  if (decision.action === 'send') return { step: decision.step, on: resume };
  return decision.action === 'wait' ? decision.next : undefined;
}
