/**
 * A payment promise as an event, refused when its date is not a date or is already past: a
 * promise to pay yesterday is no promise, and acknowledging it would quote a date gone by.
 */
import { isIsoDate } from '../dates/is-iso-date';
import { RelanceError } from '../errors/relance-error';
import type { IsoDate } from '../model/iso-date';
import type { Money } from '../model/money';
import type { FollowUpEvent } from './follow-up-event';

export type PromiseInput = { on: IsoDate; date: IsoDate | undefined; today: IsoDate; amount?: Money; evidence?: string; messageId?: string };

export function checkPromiseDate(date: IsoDate | undefined, today: IsoDate): IsoDate {
  if (!date || !isIsoDate(date)) throw new RelanceError('invalid-input', [{ field: 'history.promise.date', problem: date ? 'invalid-date' : 'required' }]);
  if (date < today) throw new RelanceError('invalid-input', [{ field: 'history.promise.date', problem: 'in-past' }]);
  return date;
}

export function promiseEvent(input: PromiseInput): Extract<FollowUpEvent, { kind: 'promise' }> {
  const date = checkPromiseDate(input.date, input.today);
  return {
    kind: 'promise',
    on: input.on,
    date,
    loggedOn: input.today,
    ...(input.amount ? { amount: input.amount } : {}),
    ...(input.evidence ? { evidence: input.evidence } : {}),
    ...(input.messageId ? { messageId: input.messageId } : {}),
  };
}
