/**
 * The reading of the phrase lists that came before the models: the first cue in order of
 * precedence decides, and a date is the first one of the deciding sentence. It no longer decides:
 * the intent model takes its answer as one more feature, so what the lists knew is not lost.
 */
import type { IsoDate } from '../model/iso-date';
import type { SentenceCues } from './classify-sentence';
import { commitmentDate, type DateContext } from './commitment-date';
import type { ReplyIntent } from './reply-reading';

export type RuleReading = { intent: ReplyIntent; date?: IsoDate; undated?: boolean };

const firstWith = (context: DateContext, test: (cue: SentenceCues) => boolean) => context.cues.findIndex(test);

/** A dispute stops the reminders and missing documents must be sent: either outweighs a promise. */
function blocker(context: DateContext): RuleReading | undefined {
  if (firstWith(context, (cue) => cue.outOfOffice) >= 0) return { intent: 'out-of-office' };
  if (firstWith(context, (cue) => cue.dispute) >= 0) return { intent: 'dispute' };
  if (firstWith(context, (cue) => cue.missingDocuments) >= 0) return { intent: 'missing-documents' };
  return undefined;
}

function plan(context: DateContext): RuleReading | undefined {
  const plans = context.cues.flatMap((cue, index) => (cue.paymentPlan ? [index] : []));
  if (plans.length === 0) return undefined;
  const found = plans.map((index) => commitmentDate(index, 'forward', context)).find(Boolean);
  return { intent: 'payment-plan', ...(found ? { date: found.date } : {}) };
}

/** A promise needs a date to come and no condition; without them it is kept aside as undated. */
function promise(context: DateContext): RuleReading | undefined {
  let undated = false;
  for (let index = 0; index < context.cues.length; index++) {
    const cue = context.cues[index];
    if (!cue || !(cue.promise || (cue.payment && !cue.paid))) continue;
    const found = commitmentDate(index, 'forward', context);
    const conditional = (found?.sentences ?? [index]).some((used) => context.cues[used]?.conditional);
    if (found && !conditional) return { intent: 'promise', date: found.date };
    if (cue.promise || conditional) undated = true;
  }
  return undated ? { intent: 'no-commitment', undated } : undefined;
}

function payment(context: DateContext): RuleReading | undefined {
  const paid = firstWith(context, (cue) => cue.paid);
  if (paid < 0) return undefined;
  const found = commitmentDate(paid, 'backward', context);
  return { intent: 'paid', ...(found ? { date: found.date } : {}) };
}

export function ruleReading(context: DateContext): RuleReading {
  const before = blocker(context) ?? plan(context);
  if (before) return before;
  const promised = promise(context);
  if (promised?.intent === 'promise') return promised;
  return payment(context) ?? promised ?? { intent: 'no-commitment' };
}
