// The Gmail build refuses built-ins newer than Apps Script is sure to have; Google does not say which V8 it runs.
import { describe, expect, it } from 'vitest';
import { buildGmail } from '../../scripts/build-gmail';
import { checkNoRecentBuiltIns, findRecentBuiltIns } from '../../scripts/gmail-built-ins';

describe('the check for recent built-ins', () => {
  it('finds each built-in newer than ES2020, and the web globals Apps Script lacks', () => {
    const code = [
      'var a=b.at(-1);',
      'Object.hasOwn(o,"k");',
      'var c=structuredClone(d);',
      'e.findLast(f);',
      's.replaceAll("a","b");',
      'Object.groupBy(l,g);',
      'x.toSorted();',
      'new TextEncoder();',
    ].join('');
    expect(findRecentBuiltIns(code).map((found) => found.name)).toEqual([
      '.replaceAll()',
      '.at()',
      'Object.hasOwn()',
      '.findLast()',
      '.toSorted()',
      'Object.groupBy()',
      'structuredClone',
      'TextEncoder',
    ]);
    expect(() => checkNoRecentBuiltIns(code)).toThrow(/dist\/gmail\/Code\.js calls built-ins Apps Script may not have:\n {2}\.replaceAll\(\) \(ES2021\)/);
  });

  it('lets ES2020 and older through, and names that only look alike', () => {
    const code = 'for(const m of s.matchAll(r));typeof globalThis;Promise.allSettled(p);a.flatMap(f);Object.fromEntries(e);o.atom(1);lines.line(2);o.date(3);';
    expect(findRecentBuiltIns(code)).toEqual([]);
  });
});

describe('the Gmail bundle', () => {
  it('calls none of them: the build would refuse it', async () => {
    const { code } = await buildGmail({ write: false });
    expect(findRecentBuiltIns(code)).toEqual([]);
  });
});
