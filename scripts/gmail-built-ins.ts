/**
 * The built-ins the Gmail bundle may not call. Google does not say which V8 version Apps Script
 * runs, so the bundle keeps to what every V8 runtime Apps Script ever had offers: esbuild lowers
 * the syntax to ES2019, and the built-ins (which nothing lowers) stay within ES2020, which V8 had
 * shipped in full before Apps Script's V8 runtime was announced in February 2020 (String
 * matchAll, globalThis, Promise.allSettled are used and allowed). Refused: every prototype method
 * and static added from ES2021 on, and the web platform's globals Apps Script lacks.
 *
 * The check reads the minified bundle as text: it cannot tell `array.at(0)` from a method of our
 * own called `at`, so our own code does not name a method after a refused built-in.
 */
type RecentBuiltIn = { name: string; since: string; pattern: RegExp };

const method = (name: string, since: string): RecentBuiltIn => ({ name: `.${name}()`, since, pattern: new RegExp(`\\.${name}\\(`) });
const staticCall = (owner: string, name: string, since: string): RecentBuiltIn => ({
  name: `${owner}.${name}()`,
  since,
  pattern: new RegExp(`\\b${owner}\\.${name}\\(`),
});
const identifier = (name: string, since: string): RecentBuiltIn => ({ name, since, pattern: new RegExp(`\\b${name}\\b`) });

export const recentBuiltIns: readonly RecentBuiltIn[] = [
  method('replaceAll', 'ES2021'),
  staticCall('Promise', 'any', 'ES2021'),
  identifier('AggregateError', 'ES2021'),
  identifier('WeakRef', 'ES2021'),
  identifier('FinalizationRegistry', 'ES2021'),
  method('at', 'ES2022'),
  staticCall('Object', 'hasOwn', 'ES2022'),
  method('findLast', 'ES2023'),
  method('findLastIndex', 'ES2023'),
  method('toSorted', 'ES2023'),
  method('toReversed', 'ES2023'),
  method('toSpliced', 'ES2023'),
  method('with', 'ES2023'),
  staticCall('Object', 'groupBy', 'ES2024'),
  staticCall('Map', 'groupBy', 'ES2024'),
  staticCall('Promise', 'withResolvers', 'ES2024'),
  staticCall('Array', 'fromAsync', 'ES2024'),
  method('isWellFormed', 'ES2024'),
  method('toWellFormed', 'ES2024'),
  staticCall('Promise', 'try', 'ES2025'),
  staticCall('RegExp', 'escape', 'ES2025'),
  staticCall('Iterator', 'from', 'ES2025'),
  method('union', 'ES2025'),
  method('intersection', 'ES2025'),
  method('difference', 'ES2025'),
  method('symmetricDifference', 'ES2025'),
  method('isSubsetOf', 'ES2025'),
  method('isSupersetOf', 'ES2025'),
  method('isDisjointFrom', 'ES2025'),
  identifier('structuredClone', 'the web platform, not Apps Script'),
  identifier('queueMicrotask', 'the web platform, not Apps Script'),
  identifier('TextEncoder', 'the web platform, not Apps Script'),
  identifier('TextDecoder', 'the web platform, not Apps Script'),
];

/** Every refused built-in the code calls, each with a little of the code around its first call. */
export function findRecentBuiltIns(code: string): { name: string; since: string; around: string }[] {
  const found: { name: string; since: string; around: string }[] = [];
  for (const builtIn of recentBuiltIns) {
    const match = builtIn.pattern.exec(code);
    if (match) found.push({ name: builtIn.name, since: builtIn.since, around: code.slice(Math.max(0, match.index - 60), match.index + 60) });
  }
  return found;
}

export function checkNoRecentBuiltIns(code: string, file = 'dist/gmail/Code.js'): void {
  const found = findRecentBuiltIns(code);
  if (found.length === 0) return;
  const lines = found.map((builtIn) => `  ${builtIn.name} (${builtIn.since}): …${builtIn.around}…`);
  throw new Error(`${file} calls built-ins Apps Script may not have:\n${lines.join('\n')}`);
}
