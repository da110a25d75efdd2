/**
 * `?today=YYYY-MM-DD`: the playground (and the task pane in its frame) live on that day, at the
 * current time of day, so a demo or a test sees the same stages whatever the real date. Only the
 * clock moves; timers keep running.
 */
import type { IsoDate } from '../../src/core';

export function todayFromQuery(query: URLSearchParams): IsoDate | undefined {
  const value = query.get('today');
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

export function pinToday(scope: { Date: DateConstructor }, today: IsoDate): void {
  const RealDate = scope.Date;
  const [year = 1970, month = 1, day = 1] = today.split('-').map(Number);
  const now = new RealDate();
  const offset = new RealDate(year, month - 1, day, now.getHours(), now.getMinutes(), now.getSeconds()).getTime() - now.getTime();
  class PinnedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string]));
    }

    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  scope.Date = PinnedDate as DateConstructor;
}
