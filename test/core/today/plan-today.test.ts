import { describe, expect, it } from 'vitest';
import { defaultScenario, planToday, type Client, type FollowUpHistory, type Invoice } from '../../../src/core';

const today = '2026-12-03';
const morel: Client = { company: 'Garage Morel SARL', contact: { lastName: 'Morel', email: 'compta@garage-morel.fr' } };
const fournil: Client = { company: 'Le Fournil', contact: { lastName: 'Petit', email: 'contact@lefournil.fr' } };
const eur = (value: number) => ({ value, currency: 'EUR' });
const invoice = (number: string, dueDate: string, value: number): Invoice => ({ number, issueDate: '2026-09-01', dueDate, amount: eur(value) });

describe("today's work across followed invoices", () => {
  it("groups a client's invoices due today in one message, with its firmest step and one total", () => {
    // F-1 is 20 days late with overdue-1 sent on D+7: overdue-2 is due. F-2 is 7 days late: overdue-1.
    const history: FollowUpHistory = { sent: [{ step: 'overdue-1', on: '2026-11-20' }] };
    const plan = planToday({
      records: [
        { invoice: invoice('F-1', '2026-11-13', 1000), client: morel, history },
        { invoice: { ...invoice('F-2', '2026-11-26', 500), amountDue: eur(200) }, client: morel, history: { sent: [] } },
      ],
      today,
    });
    expect(plan.clients).toHaveLength(1);
    expect(plan.clients[0]).toMatchObject({ step: 'overdue-2', total: eur(1200), daysLate: 20 });
    expect(plan.clients[0]?.invoices.map((entry) => [entry.invoice.number, entry.step, entry.daysLate])).toEqual([
      ['F-1', 'overdue-2', 20],
      ['F-2', 'overdue-1', 7],
    ]);
  });

  it('lists nothing for an invoice whose next reminder is not due, nor for a paid one', () => {
    const plan = planToday({
      records: [
        { invoice: invoice('F-3', '2027-01-20', 300), client: fournil, history: { sent: [] } },
        { invoice: invoice('F-4', '2026-11-13', 300), client: fournil, history: { sent: [], paidOn: '2026-11-30' } },
      ],
      today,
    });
    expect(plan.clients.flatMap((client) => client.invoices.map((entry) => [entry.invoice.number, entry.step]))).toEqual([['F-4', 'thank-you']]);
  });

  it('lists a broken promise with the date that was promised', () => {
    const history: FollowUpHistory = { sent: [{ step: 'overdue-1', on: '2026-11-08' }, { step: 'promise-ack', on: '2026-11-10' }], repliedOn: '2026-11-10', promise: { date: '2026-11-25', loggedOn: '2026-11-10' } };
    const plan = planToday({ records: [{ invoice: invoice('F-5', '2026-11-01', 800), client: fournil, history }], today });
    expect(plan.brokenPromises).toEqual([{ client: fournil, invoice: invoice('F-5', '2026-11-01', 800), promisedOn: '2026-11-25' }]);
    expect(plan.clients[0]?.step).toBe('broken-promise');
  });

  it('sends a thank-you on its own, never inside a reminder to the same client', () => {
    const plan = planToday({
      records: [
        { invoice: invoice('F-6', '2026-11-13', 100), client: morel, history: { sent: [], paidOn: '2026-12-01' } },
        { invoice: invoice('F-7', '2026-11-26', 100), client: morel, history: { sent: [] } },
      ],
      today,
    });
    expect(plan.clients.map((client) => [client.step, client.invoices.map((entry) => entry.invoice.number)])).toEqual([
      ['thank-you', ['F-6']],
      ['overdue-1', ['F-7']],
    ]);
  });

  it('puts the most overdue client first', () => {
    const plan = planToday({
      records: [
        { invoice: invoice('F-8', '2026-11-26', 100), client: fournil, history: { sent: [] } },
        { invoice: invoice('F-9', '2026-10-20', 100), client: morel, history: { sent: [] } },
      ],
      today,
    });
    expect(plan.clients.map((client) => client.client.company)).toEqual(['Garage Morel SARL', 'Le Fournil']);
  });

  it('keeps an invoice it cannot plan in view with its error, without hiding the others', () => {
    const broken = { ...invoice('F-10', '2026-11-26', 100), dueDate: '2026-02-30' };
    const plan = planToday({ records: [{ invoice: broken, client: morel }, { invoice: invoice('F-11', '2026-11-26', 100), client: fournil }], today });
    expect(plan.unplanned.map((entry) => [entry.invoice.number, entry.error.code])).toEqual([['F-10', 'invalid-input']]);
    expect(plan.clients).toHaveLength(1);
  });

  it("uses each client's own scenario: a key account first reminded at D+3", () => {
    const records = [{ invoice: invoice('F-12', '2026-11-30', 100), client: morel }];
    const keyAccounts = defaultScenario('fr');
    keyAccounts.escalation = keyAccounts.escalation.map((step) => (step.step === 'overdue-1' ? { ...step, offsetDays: 3 } : step));
    expect(planToday({ records, today }).clients).toEqual([]);
    expect(planToday({ records, today, scenarioFor: () => keyAccounts }).clients[0]?.step).toBe('overdue-1');
  });
});
