/**
 * Today's log (the v1 ledger kept in Outlook's roaming settings and in Gmail's user properties)
 * as follow-up records, without losing anything it says. The v1 log wrote a step as sent when
 * its draft was opened; it cannot tell which were really sent, so they come across as sent,
 * marked `migrated`, rather than be dropped. A promise keeps the id of the reply it came from.
 */
import type { LedgerEntry, Ledger } from '../ledger/ledger';
import type { FollowUpEvent } from './follow-up-event';
import { followUpKey, type FollowUpKey } from './follow-up-key';
import type { FollowUpRecord } from './follow-up-record';
import { withEvent } from './with-event';

export function recordFromEntry(entry: LedgerEntry): FollowUpRecord {
  const { history } = entry;
  const events: FollowUpEvent[] = [];
  for (const sent of history.sent) events.push({ kind: 'sent', on: sent.on, step: sent.step, seenIn: 'migrated' });
  // A promise is dated by the reply it came from; the v1 log kept only the last reply's day.
  const replyDay = (loggedOn: string) => (history.repliedOn && history.repliedOn < loggedOn ? history.repliedOn : loggedOn);
  for (const promise of entry.promises) {
    events.push({
      kind: 'promise',
      on: replyDay(promise.loggedOn),
      date: promise.date,
      loggedOn: promise.loggedOn,
      ...(promise.amount ? { amount: promise.amount } : {}),
      ...(promise.evidence ? { evidence: promise.evidence } : {}),
      ...(promise.id ? { messageId: promise.id } : {}),
    });
  }
  // The summary's promise is the latest one; it is an event of its own only when no record holds it.
  if (history.promise && !entry.promises.some((promise) => promise.date === history.promise?.date && promise.loggedOn === history.promise.loggedOn)) {
    events.push({ kind: 'promise', on: replyDay(history.promise.loggedOn), date: history.promise.date, loggedOn: history.promise.loggedOn, ...(history.promise.amount ? { amount: history.promise.amount } : {}) });
  }
  if (history.disputedOn) events.push({ kind: 'dispute', on: history.disputedOn });
  const lastAnswer = events.reduce((last, event) => ((event.kind === 'promise' || event.kind === 'dispute') && event.on > last ? event.on : last), '');
  if (history.repliedOn && history.repliedOn !== lastAnswer) events.push({ kind: 'replied', on: history.repliedOn });
  for (const payment of history.partialPayments ?? []) events.push({ kind: 'payment-received', on: payment.on, partial: true, amount: payment.amount });
  if (history.paidOn) {
    events.push({
      kind: 'payment-received',
      on: history.paidOn,
      ...(history.payment?.amount ? { amount: history.payment.amount } : {}),
      ...(history.payment?.means ? { means: history.payment.means } : {}),
    });
  }
  let record: FollowUpRecord = {
    invoice: entry.invoice,
    client: entry.client,
    ...(entry.threadId ? { threadId: entry.threadId } : {}),
    ...(entry.followUpOn ? { followUpOn: entry.followUpOn } : {}),
    events: [],
  };
  for (const event of events) record = withEvent(record, event);
  return record;
}

export type MigratedRecord = { key: FollowUpKey; record: FollowUpRecord };

/** One record per invoice; two v1 entries of one invoice (the old key collided) keep both histories in one record. */
export function migrateLedger(ledger: Ledger): MigratedRecord[] {
  const byKey = new Map<FollowUpKey, FollowUpRecord>();
  for (const entry of ledger.entries) {
    const key = followUpKey(entry.client, entry.invoice);
    const record = recordFromEntry(entry);
    const known = byKey.get(key);
    byKey.set(key, known ? record.events.reduce(withEvent, { ...known, ...record, events: known.events }) : record);
  }
  return [...byKey].map(([key, record]) => ({ key, record }));
}
