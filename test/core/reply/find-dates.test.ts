import { describe, expect, it, vi } from 'vitest';
import { findDates } from '../../../src/core/reply/dates/find-dates';
import { normalizeForMatching } from '../../../src/core/reply/normalize-for-matching';

const forward = (text: string, receivedOn = '2026-03-11', language: 'fr' | 'en' = 'fr') =>
  findDates(normalizeForMatching(text), { language, receivedOn, direction: 'forward' }).map((mention) => mention.date);

describe('findDates', () => {
  it('reads a range and keeps it in the current year while it runs', () => {
    const [range] = findDates('absente du 9 au 20 mars', { language: 'fr', receivedOn: '2026-03-11', direction: 'forward' });
    expect(range).toMatchObject({ date: '2026-03-09', end: '2026-03-20' });
  });

  it('marks the date of a document as such', () => {
    const mentions = findDates(normalizeForMatching('suite à votre relance du 9 mars, virement le 20 mars'), { language: 'fr', receivedOn: '2026-03-04', direction: 'forward' });
    expect(mentions.map((mention) => [mention.date, mention.refersToDocument])).toEqual([
      ['2026-03-09', true],
      ['2026-03-20', false],
    ]);
  });

  it('reads "lundi dernier" / "last Monday" before the reply, whatever the direction', () => {
    expect(forward('lundi dernier')).toEqual(['2026-03-09']);
    expect(forward('last Monday', '2026-03-11', 'en')).toEqual(['2026-03-09']);
  });

  it('reads business days, skipping the weekend', () => {
    expect(forward('sous 3 jours ouvrés', '2026-03-12')).toEqual(['2026-03-17']);
    expect(forward('within 3 working days', '2026-03-12', 'en')).toEqual(['2026-03-17']);
  });

  it('reads "sous 48h" as two days', () => {
    expect(forward('sous 48h')).toEqual(['2026-03-13']);
  });

  it('skips months too short for a day: "le 31" in April is the 31st of May', () => {
    expect(forward('le 31', '2026-04-02')).toEqual(['2026-05-31']);
  });

  it('reads "by the end of the week" written at the weekend as the coming Friday', () => {
    expect(forward('by the end of the week', '2026-03-14', 'en')).toEqual(['2026-03-20']);
  });

  it('reads a sentence the same whichever direction is asked first, as a fresh reader would', async () => {
    // Sentences whose dates the direction changes (a day of the month, a weekday, a range that
    // chrono reads only forward) and sentences whose dates it does not.
    const cases: Array<[string, 'fr' | 'en', string]> = [
      ["i'm on annual leave from 9 may to 13 may.", 'en', '2027-05-10'],
      ['absente du 9 au 20 mars, virement le 15', 'fr', '2026-03-11'],
      ['payé le 15/03, le solde partira vendredi', 'fr', '2026-03-18'],
      ['paid on 2 march, the rest on monday 16 march', 'en', '2026-03-11'],
      ['le chèque est parti le 3 mars', 'fr', '2026-03-11'],
    ];
    const read = async (order: Array<'forward' | 'backward'>) => {
      vi.resetModules();
      const fresh = await import('../../../src/core/reply/dates/find-dates');
      return cases.map(([text, language, receivedOn]) =>
        Object.fromEntries(order.map((direction) => [direction, fresh.findDates(normalizeForMatching(text), { language, receivedOn, direction })])),
      );
    };
    const forwardFirst = await read(['forward', 'backward']);
    expect(await read(['backward', 'forward'])).toEqual(forwardFirst);
    // And the readings are the ones a credit manager expects where chrono reads them right.
    expect(forwardFirst[2]?.backward?.map((mention) => mention.date)).toEqual(['2026-03-15', '2026-03-13']);
    expect(forwardFirst[2]?.forward?.map((mention) => mention.date)).toEqual(['2026-03-20']);
    expect(forwardFirst[4]?.backward?.map((mention) => mention.date)).toEqual(['2026-03-03']);
  });
});
