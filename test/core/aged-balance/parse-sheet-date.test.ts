import { describe, expect, it } from 'vitest';
import { detectDateOrder, parseSheetDate } from '../../../src/core/aged-balance/parse-sheet-date';

describe('dates as accounting exports write them', () => {
  it.each([
    ['2026-03-15', '2026-03-15'],
    ['2026-03-15T00:00:00', '2026-03-15'],
    ['15/03/2026', '2026-03-15'],
    ['15.03.26', '2026-03-15'],
    ['15-03-2026', '2026-03-15'],
    ['15 mars 2026', '2026-03-15'],
    ['1er avril 2026', '2026-04-01'],
    ['15 févr. 2026', '2026-02-15'],
    ['15-Mar-2026', '2026-03-15'],
    ['March 15, 2026', '2026-03-15'],
    ['15 August 2026', '2026-08-15'],
  ])('reads %s', (text, iso) => {
    expect(parseSheetDate(text)).toBe(iso);
  });

  it('reads numeric dates month first when the file is American', () => {
    expect(parseSheetDate('03/15/2026', 'mdy')).toBe('2026-03-15');
    expect(parseSheetDate('03/04/2026', 'mdy')).toBe('2026-03-04');
    expect(parseSheetDate('03/04/2026', 'dmy')).toBe('2026-04-03');
  });

  it('refuses impossible dates rather than rolling them over', () => {
    expect(parseSheetDate('30/02/2026')).toBeUndefined();
    expect(parseSheetDate('2026-13-01')).toBeUndefined();
    expect(parseSheetDate('32 mars 2026')).toBeUndefined();
    expect(parseSheetDate('15 frimaire 2026')).toBeUndefined();
    expect(parseSheetDate('demain')).toBeUndefined();
    expect(parseSheetDate('')).toBeUndefined();
  });

  it('finds the order a file proves, and keeps day first without proof', () => {
    expect(detectDateOrder(['03/04/2026', '15/04/2026'])).toBe('dmy');
    expect(detectDateOrder(['03/04/2026', '04/15/2026'])).toBe('mdy');
    expect(detectDateOrder(['03/04/2026', '05/06/2026'])).toBe('dmy');
    expect(detectDateOrder(['03/04/2026'], 'mdy')).toBe('mdy');
  });
});
