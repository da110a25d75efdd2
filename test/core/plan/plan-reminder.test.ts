import { describe, expect, it } from 'vitest';
import { defaultScenario, planReminder, RelanceError, type FollowUpHistory, type Invoice, type ReminderPlan, type StepId } from '../../../src/core';
import { addDays } from '../../../src/core/dates/add-days';

const invoice: Invoice = { number: 'F-2026-0142', issueDate: '2026-02-14', dueDate: '2026-03-16', amount: { value: 4860, currency: 'EUR' } };
const day = (offset: number) => addDays(invoice.dueDate, offset);

type Events = {
  /** Offsets from the due date, and what the client did on that day. */
  reply?: number;
  promise?: { on: number; until: number };
  paid?: number;
  disputed?: number;
};

/** Walks one invoice day by day, sending whatever the plan says, and returns what went out when. */
function walk(from: number, to: number, events: Events = {}): { sent: Array<[number, StepId]>; plans: Map<number, ReminderPlan> } {
  let history: FollowUpHistory = { sent: [] };
  const sent: Array<[number, StepId]> = [];
  const plans = new Map<number, ReminderPlan>();
  for (let offset = from; offset <= to; offset++) {
    const today = day(offset);
    if (events.reply === offset) history = { ...history, repliedOn: today };
    if (events.promise?.on === offset) history = { ...history, repliedOn: today, promise: { date: day(events.promise.until), loggedOn: today } };
    if (events.paid === offset) history = { ...history, paidOn: today };
    if (events.disputed === offset) history = { ...history, disputedOn: today };
    const plan = planReminder({ invoice, history, today });
    plans.set(offset, plan);
    if (plan.action === 'send') {
      sent.push([offset, plan.step]);
      history = { ...history, sent: [...history.sent, { step: plan.step, on: today }] };
    }
  }
  return { sent, plans };
}

describe('planReminder walking one invoice from D-12 to D+60', () => {
  it('sends every step of the default scenario once, in order, at its offset', () => {
    expect(walk(-12, 60).sent).toEqual([
      [-10, 'preventive'],
      [-3, 'preventive-nudge'],
      [7, 'overdue-1'],
      [15, 'overdue-2'],
      [30, 'phone-call'],
      [40, 'penalties-letter'],
      [50, 'formal-notice'],
    ]);
  });

  it('waits before the preventive window and says when it opens', () => {
    const plan = walk(-12, -12).plans.get(-12)!;
    expect(plan).toMatchObject({ action: 'wait', next: { step: 'preventive', on: day(-10) } });
    expect(plan.reason).toContain('6 mars 2026');
  });

  it('does not nudge a client who answered the preventive', () => {
    const { sent } = walk(-12, 10, { reply: -6 });
    expect(sent.map(([, step]) => step)).toEqual(['preventive', 'overdue-1']);
  });

  it('offers the preventive up to the day before the due date, never after', () => {
    expect(planReminder({ invoice, today: day(-1) })).toMatchObject({ action: 'send', step: 'preventive' });
    expect(planReminder({ invoice, today: day(0) })).toMatchObject({ action: 'wait', next: { step: 'overdue-1', on: day(7) } });
  });

  it('skips the nudge when the preventive went out too late for it', () => {
    expect(walk(-2, 10).sent).toEqual([
      [-2, 'preventive'],
      [7, 'overdue-1'],
    ]);
  });

  it('catches up from the first step when an invoice is first handled at D+35', () => {
    const { sent, plans } = walk(35, 90);
    expect(sent).toEqual([
      [35, 'overdue-1'],
      [42, 'overdue-2'],
      [49, 'phone-call'],
      [56, 'penalties-letter'],
      [63, 'formal-notice'],
    ]);
    expect(plans.get(35)).toMatchObject({ why: { code: 'overdue', catchUp: true }, next: { step: 'overdue-2', on: day(42) } });
  });

  it('keeps the scenario gap between two reminders', () => {
    const scenario = { ...defaultScenario('fr'), minGapDays: 10 };
    const plan = planReminder({ invoice, today: day(15), scenario, history: { sent: [{ step: 'overdue-1', on: day(8) }] } });
    expect(plan).toMatchObject({ action: 'wait', next: { step: 'overdue-2', on: day(18) } });
  });

  it('never sends the same step twice on the same day', () => {
    const plan = planReminder({ invoice, today: day(7), history: { sent: [{ step: 'overdue-1', on: day(7) }] } });
    expect(plan.action).toBe('wait');
  });

  it('pauses on a promise, acknowledges it once, then sends a broken-promise and resumes where it stopped', () => {
    const { sent, plans } = walk(-12, 60, { promise: { on: 9, until: 20 } });
    expect(sent).toEqual([
      [-10, 'preventive'],
      [-3, 'preventive-nudge'],
      [7, 'overdue-1'],
      [9, 'promise-ack'],
      [24, 'broken-promise'],
      [31, 'overdue-2'],
      [38, 'phone-call'],
      [45, 'penalties-letter'],
      [52, 'formal-notice'],
    ]);
    expect(plans.get(15)).toMatchObject({ action: 'wait', why: { code: 'promise-pending', resumeOn: day(23) }, next: { step: 'broken-promise', on: day(24) } });
    expect(plans.get(15)!.reason).toBe("Paiement promis pour le 5 avril 2026\u00a0: relances suspendues jusqu’au 8 avril 2026 inclus.");
  });

  it('waits for the whole grace period the scenario sets', () => {
    const scenario = { ...defaultScenario('en'), promiseGraceDays: 5 };
    const history: FollowUpHistory = { sent: [{ step: 'promise-ack', on: day(9) }], promise: { date: day(20), loggedOn: day(9) } };
    expect(planReminder({ invoice, history, today: day(25), scenario }).action).toBe('wait');
    expect(planReminder({ invoice, history, today: day(26), scenario })).toMatchObject({ action: 'send', step: 'broken-promise' });
  });

  it('thanks a client who paid, once, then stops', () => {
    const { sent, plans } = walk(-12, 60, { paid: 12 });
    expect(sent.slice(-2)).toEqual([
      [7, 'overdue-1'],
      [12, 'thank-you'],
    ]);
    expect(plans.get(13)).toMatchObject({ action: 'stop', why: { code: 'paid', paidOn: day(12) } });
  });

  it('stops on a dispute and says why', () => {
    const { sent, plans } = walk(-12, 60, { disputed: 10 });
    expect(sent.map(([, step]) => step)).toEqual(['preventive', 'preventive-nudge', 'overdue-1']);
    expect(plans.get(30)).toMatchObject({ action: 'stop', why: { code: 'disputed' } });
    expect(plans.get(30)!.reason).toContain('Litige');
  });

  it('stops after the formal notice: court action is for a person to decide', () => {
    const plan = walk(-12, 60).plans.get(60)!;
    expect(plan).toMatchObject({ action: 'stop', why: { code: 'escalation-done', lastStep: 'formal-notice', on: day(50) } });
  });

  it('respects steps turned off in the scenario', () => {
    const scenario = defaultScenario('fr');
    scenario.preventive.enabled = false;
    scenario.escalation = scenario.escalation.map((step) => (step.step === 'phone-call' ? { ...step, enabled: false } : step));
    let history: FollowUpHistory = { sent: [] };
    const sent: StepId[] = [];
    for (let offset = -12; offset <= 60; offset++) {
      const plan = planReminder({ invoice, history, today: day(offset), scenario });
      if (plan.action === 'send') {
        sent.push(plan.step);
        history = { sent: [...history.sent, { step: plan.step, on: day(offset) }] };
      }
    }
    expect(sent).toEqual(['overdue-1', 'overdue-2', 'penalties-letter', 'formal-notice']);
  });

  it('tells what comes next after the step it sends', () => {
    expect(planReminder({ invoice, today: day(7) })).toMatchObject({ action: 'send', step: 'overdue-1', next: { step: 'overdue-2', on: day(15) } });
  });

  it('writes its reasons in English for an English scenario', () => {
    const plan = planReminder({ invoice, today: day(20), scenario: defaultScenario('en'), history: { sent: [{ step: 'overdue-1', on: day(7) }] } });
    expect(plan.reason).toBe('20 days overdue: second reminder.');
  });

  it('stops when nothing is left to pay', () => {
    const settled = { ...invoice, amountDue: { value: 0, currency: 'EUR' } };
    expect(planReminder({ invoice: settled, today: day(20) })).toMatchObject({ action: 'stop', why: { code: 'nothing-due' } });
  });

  it('refuses an invoice without a due date, naming the field', () => {
    const { dueDate: _dropped, ...noDueDate } = invoice;
    expect(() => planReminder({ invoice: noDueDate as Invoice, today: day(0) })).toThrow(RelanceError);
    try {
      planReminder({ invoice: noDueDate as Invoice, today: 'tomorrow' });
    } catch (error) {
      expect((error as RelanceError).fields).toEqual(['invoice.dueDate', 'today']);
    }
  });

  it('does not change the history it is given', () => {
    const history: FollowUpHistory = { sent: [{ step: 'overdue-1', on: day(7) }] };
    const copy = structuredClone(history);
    planReminder({ invoice, history, today: day(20) });
    expect(history).toEqual(copy);
  });
});
