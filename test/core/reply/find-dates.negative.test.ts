import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/reply/dates/find-dates';
import { normalizeForMatching } from '../../../src/core/reply/normalize-for-matching';

const dates = (text: string, language: 'fr' | 'en') =>
  findDates(normalizeForMatching(text), { language, receivedOn: '2026-03-11', direction: 'forward' }).map((mention) => mention.text);

describe('findDates: what is not a day', () => {
  it.each([
    ['a time alone', 'avant 14h30', 'fr'],
    ['a month alone', 'en mars', 'fr'],
    ['"may" the verb', 'we may pay', 'en'],
    ['"march" the verb', 'they march on', 'en'],
    ['"mar", "jeu", "sam"', 'le jeu en vaut la chandelle, mar 17, sam', 'fr'],
    ['"sun", "sat", "wed"', 'we sat in the sun and got wed', 'en'],
    ['a phone number', 'Tél 06 12 34 56 78', 'fr'],
    ['an ordinal that is not a day', 'your 2nd reminder, the 1st instalment', 'en'],
    ['"le 2e rappel"', 'suite au 2e rappel', 'fr'],
    ['a percentage', 'le 15 %', 'fr'],
    ['an amount', 'le 15 €', 'fr'],
    ['a quantity', 'le 15 kg', 'fr'],
    ['a duration', 'un retard de 10 jours, payment terms are 30 days, 40 hours', 'fr'],
    ['a duration in English', 'payment terms are 30 days, it took 40 hours', 'en'],
    ['"now"', 'payment is now approved', 'en'],
    ['a day number above 31', 'le 45', 'fr'],
    ['"midi", "mi-temps", "midweek"', 'à midi, à mi-temps, un point midweek', 'fr'],
    ['"midweek", "midday", "mid-term"', 'a midweek call at midday about mid-term plans', 'en'],
  ] as const)('finds none in %s', (_what, text, language) => {
    expect(dates(text, language)).toEqual([]);
  });
});
