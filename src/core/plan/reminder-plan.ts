/** What the planner decides: send a step today, wait until a date, or stop; always with the reason. */
import type { IsoDate } from '../model/iso-date';
import type { Channel, StepId } from '../model/step';
import type { PlanReason } from './plan-reason';

export type NextStep = { step: StepId; on: IsoDate };

export type ReminderPlan =
  | { action: 'send'; step: StepId; channel: Channel; reason: string; why: PlanReason; next?: NextStep }
  | { action: 'wait'; reason: string; why: PlanReason; next?: NextStep }
  | { action: 'stop'; reason: string; why: PlanReason };
