/**
 * A record with one more event, in date order. The same event twice (confirming one reply twice,
 * drafting one step twice in a day) is kept once; the given record is left as it was.
 */
import type { FollowUpEvent } from './follow-up-event';
import type { FollowUpRecord } from './follow-up-record';

/** What makes two events the same: everything but when the user confirmed it. */
function identity(event: FollowUpEvent): string {
  const { loggedOn: _loggedOn, ...rest } = event as FollowUpEvent & { loggedOn?: string };
  if (event.kind === 'promise' && event.messageId) return `promise|${event.messageId}`;
  return JSON.stringify(rest, Object.keys(rest).sort());
}

export function withEvent(record: FollowUpRecord, event: FollowUpEvent): FollowUpRecord {
  const id = identity(event);
  // A promise confirmed again from the same reply replaces the first reading (the user corrected the date).
  const others = record.events.filter((existing) => identity(existing) !== id);
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
