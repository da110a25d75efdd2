import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The snippets are virtual files no tsconfig lists, so the typed rules (checked by `npm run lint`) are off here.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
});

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  // A snippet that does not parse proves nothing about the architecture rules.
  if (messages.some((message) => message.fatal)) throw new Error(messages.map((message) => message.message).join('\n'));
  return messages.map((message) => message.message);
}

describe('lint keeps the architecture', () => {
  it.each([
    ['reads the DOM', "export const title = document.title;"],
    ['reads the clock', 'export const now = new Date();'],
    ['reads the clock through Date.now', 'export const now = Date.now();'],
    ['calls Office.js', 'export const item = Office.context.mailbox.item;'],
    ['calls Apps Script', "export const threads = GmailApp.search('x');"],
    ['fetches from the network', "export const response = fetch('https://example.com');"],
    ['imports a shell', "import { x } from '../outlook/x';\nexport const y = x;"],
    ['imports Preact', "import { h } from 'preact';\nexport const y = h;"],
  ])('fails a core file that %s', async (_what, code) => {
    expect(await problems(code, 'src/core/example.ts')).not.toEqual([]);
  });

  it('accepts a pure core file', async () => {
    expect(await problems("import { addDays } from './dates/add-days';\nexport const later = addDays('2026-03-16', 7);", 'src/core/example.ts')).toEqual([]);
  });

  it('fails a shell that imports the other shell', async () => {
    expect(await problems("import { x } from '../gmail/x';\nexport const y = x;", 'src/outlook/example.ts')).not.toEqual([]);
    expect(await problems("import { x } from '../outlook/x';\nexport const y = x;", 'src/gmail/example.ts')).not.toEqual([]);
  });

  it('fails a shell that reaches into the core past its index', async () => {
    expect(await problems("import { addDays } from '../core/dates/add-days';\nexport const y = addDays;", 'src/outlook/example.ts')).not.toEqual([]);
    expect(await problems("import { formatDate } from '../core';\nexport const y = formatDate;", 'src/outlook/example.ts')).toEqual([]);
  });
});
