import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/reply/read-reply';
import { replyIntents } from '../../../src/core/reply/reply-reading';
import { htmlToText } from '../../../src/core/reply/html-to-text';
import { stripQuotedHistory } from '../../../src/core/reply/strip-quoted-history';
import { replyCorpus } from '../../fixtures/replies';
import { scoreReplies } from '../../fixtures/score-corpus';

describe('the reply corpus', () => {
  it('holds at least 60 replies, French and English, with unique ids', () => {
    expect(replyCorpus.length).toBeGreaterThanOrEqual(60);
    expect(new Set(replyCorpus.map((reply) => reply.id)).size).toBe(replyCorpus.length);
    expect(replyCorpus.filter((reply) => reply.language === 'fr').length).toBeGreaterThanOrEqual(25);
    expect(replyCorpus.filter((reply) => reply.language === 'en').length).toBeGreaterThanOrEqual(25);
  });

  it('covers every intent in both languages', () => {
    for (const language of ['fr', 'en'] as const) {
      const intents = new Set(replyCorpus.filter((reply) => reply.language === language).map((reply) => reply.expected.intent));
      expect([...intents].sort()).toEqual([...replyIntents].sort());
    }
  });

  it('quotes the reminder below every reply but the automatic ones', () => {
    const quoting = replyCorpus.filter((reply) => reply.expected.intent !== 'out-of-office');
    const quoted = (text: string) => stripQuotedHistory(htmlToText(text)) !== htmlToText(text).trimEnd();
    expect(quoting.filter((reply) => !quoted(reply.text)).map((reply) => reply.id)).toEqual([]);
    expect(quoting.length).toBeGreaterThanOrEqual(60);
  });
});

describe('readReply on the reply corpus', () => {
  const score = scoreReplies(replyCorpus, readReply);

  const missed = (field: string) => JSON.stringify(score.misses.filter((miss) => miss.field === field), null, 1);

  it('reads the intent of 95 % of the replies or more', () => {
    expect(score.intent, missed('intent')).toBeGreaterThanOrEqual(0.95);
  });

  it('reads the date of 95 % of the replies or more, and of 95 % of those that state one', () => {
    expect(score.date, missed('date')).toBeGreaterThanOrEqual(0.95);
    expect(score.statedDate, missed('date')).toBeGreaterThanOrEqual(0.95);
  });

  it('reads the invoice numbers, the amount and the language of 95 % of the replies or more', () => {
    for (const field of ['invoiceNumbers', 'amount', 'language'] as const) {
      expect(score.misses.filter((miss) => miss.field === field).length / replyCorpus.length, missed(field)).toBeLessThanOrEqual(0.05);
    }
  });
});
