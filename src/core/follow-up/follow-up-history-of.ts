/**
 * The planner's view of a record. Only reminders really sent count as sent: a draft the user may
 * have thrown away neither starts the wait before the next step nor is quoted in a letter.
 */
import { addDays } from '../dates/add-days';
import type { FollowUpHistory, PartialPayment } from '../model/follow-up-history';
import type { IsoDate } from '../model/iso-date';
import type { FollowUpEvent } from './follow-up-event';
import type { FollowUpRecord } from './follow-up-record';
import { paymentCheckDays } from './payment-check-days';

const clientAnswers = new Set<FollowUpEvent['kind']>(['replied', 'promise', 'dispute', 'documents-asked', 'plan-asked', 'payment-announced']);

const later = (a: IsoDate | undefined, b: IsoDate) => (a && a > b ? a : b);

export function followUpHistoryOf(record: FollowUpRecord): FollowUpHistory {
  const history: FollowUpHistory = { sent: [] };
  const partialPayments: PartialPayment[] = [];
  let latestPromise: Extract<FollowUpEvent, { kind: 'promise' }> | undefined;
  for (const event of record.events) {
    if (clientAnswers.has(event.kind)) history.repliedOn = later(history.repliedOn, event.on);
    switch (event.kind) {
      case 'sent':
        if (!history.sent.some((sent) => sent.step === event.step && sent.on === event.on)) history.sent.push({ step: event.step, on: event.on });
        break;
      case 'promise':
        if (!latestPromise || event.loggedOn > latestPromise.loggedOn || (event.loggedOn === latestPromise.loggedOn && event.date >= latestPromise.date)) latestPromise = event;
        break;
      case 'payment-announced': {
        // "Already paid" pauses the reminders while the payment is checked, like a promise.
        const check = { kind: 'promise' as const, on: event.on, date: addDays(event.on, paymentCheckDays), loggedOn: event.on };
        if (!latestPromise || check.loggedOn > latestPromise.loggedOn || (check.loggedOn === latestPromise.loggedOn && check.date >= latestPromise.date)) latestPromise = check;
        break;
      }
      case 'dispute':
        history.disputedOn = later(history.disputedOn, event.on);
        break;
      case 'payment-received':
        if (event.partial && event.amount) partialPayments.push({ on: event.on, amount: event.amount });
        else if (!event.partial) {
          history.paidOn = later(history.paidOn, event.on);
          if (event.amount || event.means) history.payment = { ...(event.amount ? { amount: event.amount } : {}), ...(event.means ? { means: event.means } : {}) };
        }
        break;
      default:
        break;
    }
  }
  if (latestPromise) {
    history.promise = { date: latestPromise.date, loggedOn: latestPromise.loggedOn, madeOn: latestPromise.on, ...(latestPromise.amount ? { amount: latestPromise.amount } : {}) };
  }
  if (partialPayments.length > 0) history.partialPayments = partialPayments.sort((a, b) => a.on.localeCompare(b.on));
  history.sent.sort((a, b) => a.on.localeCompare(b.on));
  return history;
}
