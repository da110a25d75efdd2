/** Plans and renders 10,000 invoices, as a morning's batch for a large team would. */
import { planReminder, renderReminder, type FollowUpHistory, type Invoice } from '../src/core';
import { addDays } from '../src/core/dates/add-days';
import { durand, lumen } from '../examples/sample-data';

export function benchPlanRender(count = 10_000): string[] {
  const today = '2026-04-25';
  const jobs = Array.from({ length: count }, (_, index) => {
    const offset = (index % 80) - 15; // from 15 days before the due date to 64 days after
    const invoice: Invoice = {
      number: `F-2026-${String(index).padStart(5, '0')}`,
      issueDate: addDays(today, -offset - 30),
      dueDate: addDays(today, -offset),
      amount: { value: 100 + (index % 997) * 13.37, currency: 'EUR' },
      description: 'Prestations de conseil',
    };
    const history: FollowUpHistory = { sent: offset > 10 ? [{ step: 'overdue-1', on: addDays(today, -offset + 7) }] : [] };
    return { invoice, history };
  });
  const start = performance.now();
  let rendered = 0;
  for (const { invoice, history } of jobs) {
    const plan = planReminder({ invoice, history, today });
    if (plan.action === 'send') {
      renderReminder({ step: plan.step, invoices: [invoice], client: durand, sender: lumen, today, history, terms: { jurisdiction: 'FR' } });
      rendered += 1;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  return [
    `plan + render: ${count} invoices (${rendered} reminders written) in ${seconds.toFixed(3)} s — ${Math.round(count / seconds)} invoices/s (budget: under 1 s)`,
  ];
}
