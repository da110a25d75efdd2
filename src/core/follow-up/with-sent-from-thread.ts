/**
 * Drafted reminders seen sent: each step drafted and not yet known sent is matched with the first
 * message the user sent in the thread on or after the day it was drafted, oldest draft first, one
 * message per reminder. A draft with no such message stays drafted: the user may have thrown it away.
 */
import type { SentMessage } from '../mailbox/mailbox';
import type { FollowUpEvent } from './follow-up-event';
import type { FollowUpRecord } from './follow-up-record';
import { withEvent } from './with-event';

/** Steps drafted and not yet seen sent, with the day of their draft. */
export function awaitingSend(record: FollowUpRecord): Extract<FollowUpEvent, { kind: 'drafted' }>[] {
  const sentSteps = new Set(record.events.filter((event) => event.kind === 'sent').map((event) => `${event.step}`));
  const waiting = new Map<string, Extract<FollowUpEvent, { kind: 'drafted' }>>();
  for (const event of record.events) {
    if (event.kind === 'drafted' && !sentSteps.has(event.step) && !waiting.has(event.step)) waiting.set(event.step, event);
  }
  return [...waiting.values()];
}

export function withSentFromThread(record: FollowUpRecord, sent: readonly SentMessage[]): FollowUpRecord {
  const used = new Set(record.events.flatMap((event) => (event.kind === 'sent' && event.messageId ? [event.messageId] : [])));
  const messages = [...sent].filter((message) => !message.messageId || !used.has(message.messageId)).sort((a, b) => a.on.localeCompare(b.on));
  let next = record;
  for (const draft of awaitingSend(record)) {
    const index = messages.findIndex((message) => message.on >= draft.on);
    if (index < 0) continue;
    const [message] = messages.splice(index, 1);
    next = withEvent(next, { kind: 'sent', on: message!.on, step: draft.step, seenIn: 'thread', ...(message!.messageId ? { messageId: message!.messageId } : {}) });
  }
  return next;
}
