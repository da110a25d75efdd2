/** Why the planner decided what it did, as data a shell can show or a test can check. */
import type { IsoDate } from '../model/iso-date';
import type { StepId } from '../model/step';

export type PlanReason =
  | { code: 'thank-you'; paidOn: IsoDate }
  | { code: 'paid'; paidOn?: IsoDate }
  | { code: 'nothing-due' }
  | { code: 'disputed'; disputedOn: IsoDate }
  | { code: 'promise-ack'; promiseDate: IsoDate }
  | { code: 'promise-pending'; promiseDate: IsoDate; resumeOn: IsoDate }
  | { code: 'promise-broken'; promiseDate: IsoDate }
  | { code: 'before-preventive'; dueDate: IsoDate; from: IsoDate; ideal: IsoDate }
  | { code: 'preventive'; dueDate: IsoDate; daysLeft: number }
  | { code: 'preventive-nudge'; preventiveOn: IsoDate; dueDate: IsoDate }
  | { code: 'until-due'; dueDate: IsoDate; replied: boolean }
  | { code: 'overdue'; step: StepId; daysOverdue: number; catchUp: boolean }
  | { code: 'not-yet'; step: StepId; on: IsoDate; lastOn?: IsoDate }
  | { code: 'escalation-done'; lastStep: StepId; on: IsoDate };
