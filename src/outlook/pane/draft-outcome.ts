/** What the user is told once a reminder or an answer is in their mailbox: where it is, and that the step is logged. */
import type { DraftOutcome } from '../../core';
import { capacityLines } from './capacity-lines';
import type { Outcome } from './hooks/use-action';
import type { PaneStrings } from './strings';

export function draftOutcome(outcome: DraftOutcome, strings: PaneStrings): Outcome {
  const { mode, draftId } = outcome.draft;
  const opened =
    mode === 'reply-all' ? strings.draft.replyAll : mode === 'new-message' ? strings.draft.newMessage : draftId ? strings.draft.insertedSaved : strings.draft.insertedUnsaved;
  const warn = (mode === 'inserted' && !draftId) || outcome.capacity.level !== 'ok';
  return { lines: [opened, strings.draft.logged, ...capacityLines(outcome.capacity, strings)], tone: warn ? 'warning' : 'success' };
}
