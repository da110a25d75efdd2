/**
 * A record with one more event, in date order. The same event twice (confirming one reply twice,
 * drafting one step twice in a day) is kept once; the given record is left as it was.
 */
import type { FollowUpEvent } from './follow-up-event';
import type { FollowUpRecord } from './follow-up-record';

/**
 * What makes two events the same: their kind, day and what they are about (step, promised date,
 * outcome, amount), not the words quoted, the ids or when the user confirmed them, since a compact
 * store may have dropped those. A promise read again from the same reply is the same promise.
 */
function identity(event: FollowUpEvent): string {
  const about = event as FollowUpEvent & { step?: string; date?: string; outcome?: string; amount?: unknown; partial?: boolean };
  return JSON.stringify([event.kind, event.on, about.step, about.kind === 'promise' ? undefined : about.date, about.outcome, about.kind === 'promise' ? undefined : about.amount, about.partial]);
}

function sameReply(a: FollowUpEvent, b: FollowUpEvent): boolean {
  const idA = (a as { messageId?: string }).messageId;
  return a.kind === b.kind && idA !== undefined && idA === (b as { messageId?: string }).messageId && a.kind !== 'sent';
}

export function withEvent(record: FollowUpRecord, event: FollowUpEvent): FollowUpRecord {
  const id = identity(event);
  // A promise confirmed again from the same reply replaces the first reading (the user corrected the date).
  const others = record.events.filter((existing) => identity(existing) !== id && !sameReply(existing, event));
  const events = [...others, event];
  // A stable sort: events of one day stay in the order they happened.
  events.sort((a, b) => a.on.localeCompare(b.on));
  return { ...record, events };
}

/** True when the record already holds this event. */
export function hasEvent(record: FollowUpRecord, event: FollowUpEvent): boolean {
  const id = identity(event);
  return record.events.some((existing) => identity(existing) === id && JSON.stringify(existing) === JSON.stringify(event));
}
