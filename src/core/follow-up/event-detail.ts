/** What the log shows beside an event's name: the step, the call's outcome, the promised date and amount, or the client's words. */
import { formatDate } from '../dates/format-date';
import type { Language } from '../model/language';
import { formatMoney } from '../money/format-money';
import { stepLabels } from '../render/step-labels';
import { phoneOutcomeLabels } from './event-labels';
import type { FollowUpEvent } from './follow-up-event';

export function eventDetail(event: FollowUpEvent, language: Language): string {
  switch (event.kind) {
    case 'drafted':
    case 'sent':
      return stepLabels[event.step][language];
    case 'phone-call':
      return phoneOutcomeLabels[event.outcome][language];
    case 'promise':
      return [formatDate(event.date, language), event.amount ? formatMoney(event.amount, language) : ''].filter(Boolean).join(' · ');
    case 'payment-received':
      return event.amount ? formatMoney(event.amount, language) : '';
    default:
      return 'evidence' in event && event.evidence ? event.evidence : '';
  }
}
