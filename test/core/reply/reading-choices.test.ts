import { describe, expect, it } from 'vitest';
import { readingChoices, unsureBelow } from '../../../src/core/reply/reading-choices';
import type { ReplyReading } from '../../../src/core/reply/reply-reading';

const reading: ReplyReading = { intent: 'no-commitment', invoiceNumbers: ['F-1'], evidence: 'On fait le nécessaire pour le 12.', language: 'fr', confidence: 0.9, alternative: { intent: 'promise', date: '2026-03-12' } };

describe('readingChoices: both readings when the reader is unsure', () => {
  it('offers only the reading when the reader is sure', () => {
    expect(readingChoices(reading)).toEqual([reading]);
  });

  it('offers the runner-up, with its date, below the threshold', () => {
    const unsure = { ...reading, confidence: unsureBelow - 0.1 };
    const [first, second] = readingChoices(unsure);
    expect(first).toBe(unsure);
    expect(second).toMatchObject({ intent: 'promise', date: '2026-03-12', invoiceNumbers: ['F-1'], alternative: { intent: 'no-commitment' } });
  });

  it('offers one reading when there is no runner-up, however unsure', () => {
    const { alternative: _alternative, ...alone } = { ...reading, confidence: 0.2 };
    expect(readingChoices(alone)).toHaveLength(1);
  });
});
