/**
 * The answer to offer after a reply is confirmed: thanks and the commitment restated for a promise,
 * the documents and bank details resent, the dispute acknowledged, … None for an automatic reply.
 */
import type { LedgerEntry } from '../ledger/ledger';
import type { IsoDate } from '../model/iso-date';
import type { Language } from '../model/language';
import type { ReplyIntent } from '../reply/reply-reading';
import { answerStep } from './answer-step';
import type { RelanceSettings } from './relance-settings';
import { renderForEntry, type Rendering } from './render-for-entry';

export function proposeAnswer(input: { entry: LedgerEntry; intent: ReplyIntent; settings: RelanceSettings; today: IsoDate; language: Language }): Rendering | undefined {
  const step = answerStep(input.intent);
  return step ? renderForEntry(input.entry, step, input.settings, input.today, input.language) : undefined;
}
