/** Calendar arithmetic on the local-midnight Dates chrono works with; the clock is never read. */
import { addDays, addMonths, getDaysInMonth, lastDayOfMonth, startOfWeek } from 'date-fns';
import type { Component } from 'chrono-node';

export type DayComponents = { [component in Component]?: number };

/** A local Date as the year, month and day components chrono assigns. */
export function dayComponents(date: Date): DayComponents {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** The day `day` of the month of `date` plus `monthOffset`, or undefined when that month is too short. */
export function dayOfMonth(date: Date, monthOffset: number, day: number): Date | undefined {
  const month = addMonths(new Date(date.getFullYear(), date.getMonth(), 1), monthOffset);
  return day >= 1 && day <= getDaysInMonth(month) ? new Date(month.getFullYear(), month.getMonth(), day) : undefined;
}

/** The first day numbered `day` on or after (or strictly after) `from`, skipping months too short for it. */
export function nextDayOfMonth(from: Date, day: number, strictlyAfter: boolean): Date | undefined {
  for (let offset = 0; offset < 13; offset++) {
    const candidate = dayOfMonth(from, offset, day);
    if (candidate && (strictlyAfter ? candidate > from : candidate >= from)) return candidate;
  }
  return undefined;
}

/** The last day numbered `day` on or before `from`. */
export function previousDayOfMonth(from: Date, day: number): Date | undefined {
  for (let offset = 0; offset > -13; offset--) {
    const candidate = dayOfMonth(from, offset, day);
    if (candidate && candidate <= from) return candidate;
  }
  return undefined;
}

export function endOfMonthOf(date: Date, monthOffset = 0): Date {
  return lastDayOfMonth(addMonths(new Date(date.getFullYear(), date.getMonth(), 1), monthOffset));
}

/** Monday of the week of `date`: business weeks start on Monday in France and in the UK. */
export function mondayOf(date: Date): Date {
  return startOfWeek(date, { weekStartsOn: 1 });
}

export function fridayOf(date: Date): Date {
  return addDays(mondayOf(date), 4);
}
