/** The invoices that need something from the account manager today or earlier, oldest first. */
import type { IsoDate } from '../model/iso-date';
import type { StepId } from '../model/step';
import { planReminder } from '../plan/plan-reminder';
import type { Scenario } from '../plan/scenario';
import { isRelanceError } from '../errors/relance-error';
import type { Ledger } from './ledger';

export type FollowUpRow = { invoiceNumber: string; company: string; step: StepId; on: IsoDate; reason: string };

export function followUpsDue(ledger: Ledger, today: IsoDate, scenario?: Scenario): FollowUpRow[] {
  const rows: FollowUpRow[] = [];
  for (const entry of ledger.entries) {
    try {
      const plan = planReminder({ invoice: entry.invoice, history: entry.history, today, ...(scenario ? { scenario } : {}) });
      if (plan.action === 'send') {
        rows.push({ invoiceNumber: entry.invoice.number, company: entry.client.company, step: plan.step, on: today, reason: plan.reason });
      }
    } catch (error) {
      // An entry saved before a rule tightened is skipped here, not allowed to hide the others.
      if (!isRelanceError(error)) throw error;
    }
  }
  return rows.sort((a, b) => a.on.localeCompare(b.on));
}
