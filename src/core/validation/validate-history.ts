/** Every problem with a follow-up history: its dates must be real, its steps known. */
import { isIsoDate } from '../dates/is-iso-date';
import type { FieldIssue } from '../errors/relance-error';
import type { FollowUpHistory } from '../model/follow-up-history';
import { isStepId } from '../model/step';
import { checkMoney } from './check-money';

function checkOptionalDate(value: unknown, field: string): FieldIssue[] {
  return value === undefined || isIsoDate(value) ? [] : [{ field, problem: 'invalid-date' }];
}

export function validateHistory(history: FollowUpHistory | undefined): FieldIssue[] {
  if (history === undefined) return [];
  const issues: FieldIssue[] = [];
  if (!Array.isArray(history.sent)) issues.push({ field: 'history.sent', problem: 'required' });
  else
    history.sent.forEach((sent, index) => {
      if (!isStepId(sent?.step)) issues.push({ field: `history.sent[${index}].step`, problem: 'required' });
      issues.push(...checkOptionalDate(sent?.on ?? '', `history.sent[${index}].on`));
    });
  issues.push(...checkOptionalDate(history.repliedOn, 'history.repliedOn'));
  issues.push(...checkOptionalDate(history.paidOn, 'history.paidOn'));
  issues.push(...checkOptionalDate(history.disputedOn, 'history.disputedOn'));
  (history.partialPayments ?? []).forEach((payment, index) => {
    issues.push(...checkOptionalDate(payment?.on ?? '', `history.partialPayments[${index}].on`));
    issues.push(...checkMoney(payment?.amount, `history.partialPayments[${index}].amount`, { allowZero: false }));
  });
  if (history.promise) {
    issues.push(...checkOptionalDate(history.promise.date ?? '', 'history.promise.date'));
    issues.push(...checkOptionalDate(history.promise.loggedOn ?? '', 'history.promise.loggedOn'));
    for (const key of ['via', 'channel'] as const) {
      const via = history.promise[key];
      if (via !== undefined && via !== 'reply' && via !== 'phone') issues.push({ field: `history.promise.${key}`, problem: 'required' });
    }
    if (history.promise.amount !== undefined) issues.push(...checkMoney(history.promise.amount, 'history.promise.amount', { allowZero: false }));
  }
  return issues;
}
