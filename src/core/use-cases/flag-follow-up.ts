/** Marks the thread for follow-up on the day the next step (or the promised payment) falls due. */
import type { FlagResult, Mailbox } from '../mailbox/mailbox';
import type { IsoDate } from '../model/iso-date';
import type { ReminderPlan } from '../plan/reminder-plan';

/** The day to flag for: the next step's date, or today when a step is due now. */
export function followUpDate(plan: ReminderPlan, today: IsoDate): IsoDate | undefined {
  if (plan.action === 'stop') return undefined;
  return plan.next?.on ?? today;
}

export function flagFollowUp(mailbox: Mailbox, messageId: string, on: IsoDate): Promise<FlagResult> {
  return mailbox.flagForFollowUp(messageId, on);
}
