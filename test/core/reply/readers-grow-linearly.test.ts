/**
 * A sender controls every character of a mail: no reader may take time that grows faster than the
 * mail. Each reader is timed on hostile shapes from 64 bytes to 1 MB, doubling, and the growth of
 * its time is compared with the growth of the input. Ratios, not budgets: the bench prints budgets.
 */
import { describe, expect, it } from 'vitest';
import { extractInvoice } from '../../../src/core/extract/extract-invoice';
import { htmlToText } from '../../../src/core/reply/html-to-text';
import { readReply } from '../../../src/core/reply/read-reply';
import { civilityFromGreeting } from '../../../src/core/use-cases/counterpart';

const megabyte = 1024 * 1024;
/** A repeated piece, cut to the size asked. */
const fill = (piece: string, size: number) => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);

/** The shapes known to stall pattern-based readers, each as a mail of about `size` characters. */
const shapes: Record<string, (size: number) => string> = {
  'capitals after a closing': (size) => `Merci.\nCordialement ${fill('A', size)}1`,
  'punctuation after a thank-you': (size) => `Merci${fill(' ,', size)}x`,
  'unclosed tags': (size) => `<div>${fill('<', size)}`,
  'unclosed comments': (size) => `<div>${fill('<!--', size)}`,
  'unclosed scripts': (size) => `<div>${fill('<script>', size)}`,
  'spaces without a line break': (size) => `<div>a${fill(' ', size)}b</div>`,
  'digit groups without a currency': (size) => fill('000 ', size),
  'dots before an amount': (size) => `Total${fill('. ', size)}x 12,00 €`,
  'spaces before a header colon': (size) => `Merci\nFrom${fill(' ', size)}x`,
  'a line of spaces before the greeting': (size) => `${fill(' ', size)}x\nBonjour Madame Durand,`,
  'spaces after the greeting word': (size) => `Bonjour${fill(' ', size)}x`,
  'one long word': (size) => fill('a', size),
  'dates and numbers': (size) => fill('le 1er 16/03/2026 n° 12 ', size),
};

type Reader = (text: string) => unknown;
const readers: Record<string, Reader> = {
  readReply: (text) => readReply({ text, receivedOn: '2026-03-11' }),
  extractInvoice: (text) => extractInvoice({ subject: text.slice(0, 2000), body: text, attachmentNames: [text.slice(0, 500)] }),
  htmlToText: (text) => htmlToText(text),
  civilityFromGreeting: (text) => civilityFromGreeting(text, 'Durand'),
};

/** Time of one call, repeated until it is measurable, the best of three: a loaded machine only slows a run down. */
function timeOf(read: Reader, text: string): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    let calls = 0;
    const started = performance.now();
    let elapsed: number;
    do {
      read(text);
      calls += 1;
      elapsed = performance.now() - started;
    } while (elapsed < 4 && calls < 2000);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

/** Below this a time is mostly fixed cost and timer noise. */
const measurable = 0.3;
/** Linear growth has exponent 1, quadratic 2; the margin absorbs a loaded 2-core machine. */
const maxExponent = 1.6;
/** One doubling that costs more than this many times as much is not noise… */
const maxDoublingRatio = 6;
/** …once a call takes long enough that a pause of the collector or the compiler cannot explain it. */
const steadyTime = 2;

/** The exponent of the worst growth seen, stopping at the first size that proves super-linear growth. */
function growth(read: Reader, shape: (size: number) => string): { exponent: number; at: string } {
  const seen: Array<{ size: number; time: number }> = [];
  let worst = { exponent: 0, at: '' };
  // Compiled once before the ladder: the first calls of a reader time the compiler, not the reader.
  for (let warm = 0; warm < 3; warm++) read(shape(4096));
  for (let size = 64; size <= megabyte; size *= 2) {
    const time = timeOf(read, shape(size));
    for (const earlier of seen) {
      if (earlier.time < measurable) continue;
      const span = size / earlier.size;
      const exponent = Math.log(time / earlier.time) / Math.log(span);
      const proves = (span >= 8 && exponent > maxExponent) || (span === 2 && earlier.time >= steadyTime && time / earlier.time > maxDoublingRatio);
      if (span >= 8 && exponent > worst.exponent) worst = { exponent, at: `${earlier.size} → ${size} bytes: ${earlier.time.toFixed(2)} → ${time.toFixed(2)} ms` };
      if (proves) return { exponent: Math.max(exponent, maxExponent + 1), at: `${earlier.size} → ${size} bytes: ${earlier.time.toFixed(2)} → ${time.toFixed(2)} ms` };
    }
    seen.push({ size, time });
  }
  return worst;
}

describe('every reader takes time in proportion to the mail, whatever a sender writes', () => {
  for (const [readerName, read] of Object.entries(readers)) {
    it(`${readerName} grows linearly on hostile shapes up to 1 MB`, { timeout: 600_000 }, () => {
      const superLinear: string[] = [];
      for (const [shapeName, shape] of Object.entries(shapes)) {
        // A pause of the machine can make one run look super-linear; a backtracking pattern does so every time.
        let seen = growth(read, shape);
        for (let retry = 0; retry < 2 && seen.exponent > maxExponent; retry++) {
          const again = growth(read, shape);
          if (again.exponent < seen.exponent) seen = again;
        }
        if (seen.exponent > maxExponent) superLinear.push(`${shapeName}: exponent ${seen.exponent.toFixed(2)} (${seen.at})`);
      }
      expect(superLinear).toEqual([]);
    });
  }
});
