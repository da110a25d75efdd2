/**
 * Every reply of the project corpus and of the training corpus (written by authors who never saw
 * the reader) is a case: its intent and its date must be read as a credit manager logs them.
 * The few the reader still misses are listed, each with why, in known-misses.ts: they run as
 * expected failures, so fixing one turns its line red until it leaves the list.
 */
import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/reply/read-reply';
import { replyIntents } from '../../../src/core/reply/reply-reading';
import { htmlToText } from '../../../src/core/reply/html-to-text';
import { stripQuotedHistory } from '../../../src/core/reply/strip-quoted-history';
import { replyCorpus, type ReplyCase } from '../../fixtures/replies';
import { trainingReplies } from '../../fixtures/replies/jsonl-corpus';
import { knownMisses } from '../../fixtures/replies/known-misses';

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

  it('trains on at least 1,500 replies written blind, with unique ids, every known miss among them', () => {
    const ids = new Set([...replyCorpus, ...trainingReplies].map((reply) => reply.id));
    expect(trainingReplies.length).toBeGreaterThanOrEqual(1500);
    expect(ids.size).toBe(replyCorpus.length + trainingReplies.length);
    expect(Object.keys(knownMisses).filter((id) => !ids.has(id))).toEqual([]);
  });
});

function reads(reply: ReplyCase) {
  // The language is left to the reader to detect, as the shells do.
  const reading = readReply({ text: reply.text, receivedOn: reply.receivedOn });
  expect({ intent: reading.intent, date: reading.date, returnOn: reading.returnOn }).toEqual({
    intent: reply.expected.intent,
    date: reply.expected.date,
    returnOn: reply.expected.returnOn,
  });
}

describe('readReply reads each reply of the corpus as a credit manager would', () => {
  for (const reply of [...replyCorpus, ...trainingReplies]) {
    const title = `${reply.id} (${reply.language}): ${reply.expected.intent}${reply.expected.date ? ` ${reply.expected.date}` : ''}${reply.expected.returnOn ? `, back ${reply.expected.returnOn}` : ''}`;
    if (knownMisses[reply.id]) it.fails(`${title}: known miss, ${knownMisses[reply.id]}`, () => reads(reply));
    else it(title, () => reads(reply));
  }
});
