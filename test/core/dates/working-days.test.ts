import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, nextWorkingDay } from '../../../src/core';

describe('working days', () => {
  // Easter Sunday 2026 is 5 April: Easter Monday 6 April, Ascension 14 May, Whit Monday 25 May.
  it.each(['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25', '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25'])(
    '%s is a French public holiday',
    (day) => expect(isWorkingDay(day, 'FR')).toBe(false),
  );

  // Good Friday 3 April, Easter Monday 6 April, first and last Mondays of May, last Monday of August;
  // 26 December 2026 is a Saturday, so Boxing Day moves to Monday 28 December.
  it.each(['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'])(
    '%s is a bank holiday in England and Wales',
    (day) => expect(isWorkingDay(day, 'UK')).toBe(false),
  );

  it('knows the days France works and England rests, and the other way round', () => {
    expect(isWorkingDay('2026-04-03', 'FR')).toBe(true); // Good Friday: not a holiday in France (outside Alsace-Moselle)
    expect(isWorkingDay('2026-05-08', 'UK')).toBe(true); // 8 May: a holiday in France only
    expect(isWorkingDay('2023-05-08', 'UK')).toBe(false); // the coronation bank holiday
    expect(isWorkingDay('2022-09-19', 'UK')).toBe(false); // the state funeral
  });

  // Christmas 2027 is a Saturday: the bank holidays are Monday 27 and Tuesday 28 December.
  it('moves Christmas and Boxing Day off the weekend', () => {
    expect([isWorkingDay('2027-12-27', 'UK'), isWorkingDay('2027-12-28', 'UK'), isWorkingDay('2027-12-29', 'UK')]).toEqual([false, false, true]);
  });

  it('skips weekends and holidays', () => {
    expect(nextWorkingDay('2026-05-02', 'FR')).toBe('2026-05-04'); // Saturday → Monday
    expect(nextWorkingDay('2026-05-08', 'FR')).toBe('2026-05-11'); // Friday 8 May → Monday
    expect(nextWorkingDay('2026-05-12', 'FR')).toBe('2026-05-12');
    // Tuesday 5 May 2026 + 3 working days in France: 6, 7, (8 May is a holiday), 11 May
    expect(addWorkingDays('2026-05-05', 3, 'FR')).toBe('2026-05-11');
    expect(addWorkingDays('2026-05-05', 3, 'UK')).toBe('2026-05-08');
  });
});
