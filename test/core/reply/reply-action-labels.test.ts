import { describe, expect, it } from 'vitest';
import { replyActionLabels } from '../../../src/core/reply/reply-action-labels';
import { replyIntents } from '../../../src/core/reply/reply-reading';

describe('the button that records a reply', () => {
  const recordable = replyIntents.filter((intent) => intent !== 'no-commitment');

  it.each(['fr', 'en'] as const)('names every reading that records something, each differently, in %s', (language) => {
    const labels = recordable.map((intent) => replyActionLabels[language][intent]);
    expect(labels.every((label) => label.trim().length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(recordable.length);
  });

  it('starts with the verb the user performs, never "Confirmer" for every reading', () => {
    for (const language of ['fr', 'en'] as const) {
      for (const intent of recordable) expect(replyActionLabels[language][intent]).not.toMatch(/^(?:Confirmer|Confirm)\b/u);
    }
  });
});
