import { describe, expect, it } from 'vitest';
import { nowrapSegments } from '../../../src/outlook/pane/nowrap-segments';

const N = '\u00a0';

describe('the preview keeps invoice and phone numbers on one line', () => {
  it('marks "n° F-…" and a phone number as unbreakable, and leaves the words around them free to wrap', () => {
    const text = `notre facture n°${N}F-2026-0142 du 14 février. Tél. : 04 78 12 34 56, ou +44 20 7946 0958.`;
    expect(nowrapSegments(text).filter((segment) => segment.nowrap).map((segment) => segment.text)).toEqual([`n°${N}F-2026-0142`, '04 78 12 34 56', '+44 20 7946 0958']);
    expect(nowrapSegments(text).map((segment) => segment.text).join('')).toBe(text);
  });

  it('leaves dates and amounts alone', () => {
    expect(nowrapSegments(`le 14 mars 2026, pour 4${N}860,00${N}€`).every((segment) => !segment.nowrap)).toBe(true);
  });
});
