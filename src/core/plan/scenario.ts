/**
 * A follow-up scenario: which steps run, when (in days from the due date, negative before it), the
 * minimum gap between two reminders and the grace after a promised date. Credit managers keep one
 * per segment and language; these are the defaults they recommend.
 */
import type { Language } from '../model/language';
import type { StepId } from '../model/step';

export type EscalationStep = { step: StepId; offsetDays: number; enabled: boolean };

export type Scenario = {
  language: Language;
  /** Before the due date: offered from `fromDays` to `toDays` (e.g. -10 to -1), ideally at `idealDays`. */
  preventive: { enabled: boolean; fromDays: number; toDays: number; idealDays: number };
  /** Only when the preventive went unanswered; needs `afterPreventiveDays` since the preventive. */
  preventiveNudge: { enabled: boolean; fromDays: number; toDays: number; afterPreventiveDays: number };
  /** After the due date, in order; never skipped, each at its offset and at least `minGapDays` after the last reminder. */
  escalation: EscalationStep[];
  minGapDays: number;
  promiseGraceDays: number;
  promiseAck: boolean;
  brokenPromise: boolean;
  thankYou: boolean;
  /** Days the firmer steps give to pay, and a formal notice gives from receipt. */
  deadlineDays: number;
  noticeDays: number;
};

const escalation = (): EscalationStep[] => [
  { step: 'overdue-1', offsetDays: 7, enabled: true },
  { step: 'overdue-2', offsetDays: 15, enabled: true },
  { step: 'phone-call', offsetDays: 30, enabled: true },
  { step: 'penalties-letter', offsetDays: 40, enabled: true },
  { step: 'formal-notice', offsetDays: 50, enabled: true },
];

/** French practice: 8 days to answer a mise en demeure. UK: 14 days for a letter before action. */
export function defaultScenario(language: Language = 'fr'): Scenario {
  return {
    language,
    preventive: { enabled: true, fromDays: -10, toDays: -1, idealDays: -7 },
    preventiveNudge: { enabled: true, fromDays: -3, toDays: -1, afterPreventiveDays: 3 },
    escalation: escalation(),
    minGapDays: 7,
    promiseGraceDays: 3,
    promiseAck: true,
    brokenPromise: true,
    thankYou: true,
    deadlineDays: 8,
    noticeDays: language === 'fr' ? 8 : 14,
  };
}
