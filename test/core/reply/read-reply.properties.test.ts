import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/dates/add-days';
import { isIsoDate } from '../../../src/core/dates/is-iso-date';
import { readReplyUnguarded as readReply } from '../../../src/core/reply/read-reply';
import { replyIntents, type ReplyReading } from '../../../src/core/reply/reply-reading';

const oneMegabyte = 1024 * 1024;

function wellFormed(reading: ReplyReading): void {
  expect(replyIntents).toContain(reading.intent);
  expect(['fr', 'en']).toContain(reading.language);
  expect(typeof reading.evidence).toBe('string');
  expect(reading.evidence.length).toBeLessThanOrEqual(400);
  expect(Array.isArray(reading.invoiceNumbers)).toBe(true);
  for (const date of [reading.date, reading.returnOn]) if (date !== undefined) expect(isIsoDate(date)).toBe(true);
  if (reading.amount) expect(reading.amount.value).toBeGreaterThan(0);
  expect(reading.confidence).toBeGreaterThanOrEqual(0);
  expect(reading.confidence).toBeLessThanOrEqual(1);
  if (reading.alternative) expect(reading.alternative.intent).not.toBe(reading.intent);
  for (const instalment of reading.instalments ?? []) if (instalment.date !== undefined) expect(isIsoDate(instalment.date)).toBe(true);
}

/** Any day from 2000 to 2049. */
const isoDate = fc.integer({ min: 0, max: 50 * 365 }).map((days) => addDays('2000-01-01', days));
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.uint8Array({ maxLength: 600 }).map((bytes) => String.fromCharCode(...bytes)),
);
const html = fc
  .array(fc.oneof(fc.constantFrom('<div>', '</div>', '<br>', '<p>', '</p>', '<blockquote>', '</blockquote>', '&nbsp;', '&euro;', '&#x1F600;', '&#99999999;', '<!--', '-->', '<script>', '</script>', '<'), fc.string({ maxLength: 30 })), { maxLength: 60 })
  .map((parts) => parts.join(''));
const phrases = [
  'Le virement partira le 15.', 'Virement vendredi.', 'Nous réglerons fin du mois.', 'paiement sous huitaine', "d'ici 10 jours",
  'We will pay on the 20th.', 'Payment goes out tomorrow.', 'by Friday', 'next week', 'end of month', 'le 1er', 'le 31', '16/03/2026',
  'le 16 mars', 'March 20th', 'avec nos paiements du 5 de chaque mois', 'début de semaine prochaine', 'within 7 days', 'fin février',
];

describe('readReply never throws and always answers a well-formed reading', () => {
  it('on any text, any day, any language', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, html), fc.oneof(isoDate, fc.string()), fc.constantFrom<unknown>(undefined, 'fr', 'en', 'de', '', null), (text, receivedOn, language) => {
        wellFormed(readReply({ text, receivedOn, language: language as 'fr' }));
      }),
      { numRuns: 300 },
    );
  });

  it('on an empty reply', () => {
    expect(readReply({ text: '', receivedOn: '2026-03-11' })).toEqual({ intent: 'no-commitment', invoiceNumbers: [], evidence: '', language: 'fr', confidence: 0 });
  });

  it('on inputs that are not what the type says', () => {
    for (const text of [undefined, null, 42, {}, []]) wellFormed(readReply({ text: text as unknown as string, receivedOn: '2026-03-11' }));
    wellFormed(readReply(undefined as unknown as { text: string; receivedOn: string }));
  });

  // How fast is for `npm run bench`; here only that it answers. The timeout only catches a hang.
  it('on 1 MB of text, binary noise or HTML', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(anyText, html, fc.constantFrom('Le virement partira le 15. ', 'paiement sous réserve le 15 ', 'facture n° F-1 de 2 000,00 € ')), isoDate, (seed, receivedOn) => {
        const text = seed.length === 0 ? 'x'.repeat(oneMegabyte) : seed.repeat(Math.ceil(oneMegabyte / seed.length)).slice(0, oneMegabyte);
        wellFormed(readReply({ text, receivedOn }));
      }),
      { numRuns: 12 },
    );
  });

  it('on lone surrogates, control and bidirectional characters', () => {
    wellFormed(readReply({ text: '\ud800Virement\u0000 le\u202e 15\udfff\u200b.\r\n> \ud83d', receivedOn: '2026-03-11' }));
  });
});

describe('readReply keeps dates on the right side of the reply', () => {
  it('never reports a promise or a payment plan before the day the reply was received', () => {
    fc.assert(
      fc.property(fc.subarray(phrases, { minLength: 1 }), isoDate, (picked, receivedOn) => {
        const reading = readReply({ text: picked.join(' '), receivedOn });
        if ((reading.intent === 'promise' || reading.intent === 'payment-plan') && reading.date) expect(reading.date >= receivedOn).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never reports a payment made after the day the reply was received', () => {
    fc.assert(
      fc.property(fc.subarray(['hier', 'le 15', 'lundi', 'le 5 mars', 'ce jour', 'fin février', 'yesterday', 'on Friday', 'on the 20th'], { minLength: 1 }), isoDate, (picked, receivedOn) => {
        const reading = readReply({ text: `Le virement a été effectué ${picked.join(' ')}.`, receivedOn });
        if (reading.intent === 'paid' && reading.date) expect(reading.date <= receivedOn).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
