/**
 * A record that needs nothing more: paid and thanked (the thank-you note sent, or drafted at least,
 * since the money is in), or stopped by the user. Only these can be archived.
 */
import type { FollowUpRecord } from './follow-up-record';

export function isSettled(record: FollowUpRecord): boolean {
  let paid = false;
  let thanked = false;
  for (const event of record.events) {
    if (event.kind === 'stopped') return true;
    if (event.kind === 'payment-received' && !event.partial) paid = true;
    if ((event.kind === 'sent' || event.kind === 'drafted') && event.step === 'thank-you') thanked = true;
  }
  return paid && thanked;
}
