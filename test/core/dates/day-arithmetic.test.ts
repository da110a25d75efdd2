import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../src/core';
import { addDays } from '../../../src/core/dates/add-days';
import { daysBetween } from '../../../src/core/dates/days-between';

// The host's own UTC calendar is the reference the day arithmetic must agree with.
const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe('calendar day arithmetic', () => {
  it('agrees with the UTC calendar over four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -60_000, max: 80_000 }), fc.integer({ min: -1000, max: 1000 }), (day, offset) => {
        expect(addDays(isoOf(day), offset)).toBe(isoOf(day + offset));
        expect(daysBetween(isoOf(day), isoOf(day + offset))).toBe(offset);
      }),
    );
  });

  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-29', 1, '2026-03-30'], // the night clocks change in Europe
    ['2026-12-31', 1, '2027-01-01'],
  ])('the day after %s is %s + %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each(['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '2026-3-1', '16/03/2026', ''])('%s is not a date', (text) => {
    expect(isIsoDate(text)).toBe(false);
  });

  it.each(['2028-02-29', '2026-12-31', '2026-01-01'])('%s is a date', (text) => {
    expect(isIsoDate(text)).toBe(true);
  });
});
