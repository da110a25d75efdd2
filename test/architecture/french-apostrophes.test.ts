import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnRoleLabels } from '../../src/core/aged-balance/describe-aged-balance-problem';
import { fieldLabels } from '../../src/core/errors/field-labels';
import { eventLabels, phoneOutcomeLabels, sentEvidenceLabels } from '../../src/core/follow-up/event-labels';
import { settingsStrings as gmailSettings } from '../../src/gmail/cards/settings-strings';
import { strings as gmailStrings } from '../../src/gmail/cards/strings';
import { todayStrings as gmailToday } from '../../src/gmail/cards/today-strings';
import { settingsStrings as paneSettings } from '../../src/outlook/pane/settings-strings';
import { paneStrings } from '../../src/outlook/pane/strings';
import { todayStrings as paneToday } from '../../src/outlook/pane/today-strings';

/** A straight apostrophe between two letters: French typography wants ’ ("l’échéance"). */
const straight = /\p{L}'\p{L}/u;

/** Every text a table holds; a function is called with sample arguments, and what it returns is walked. */
function texts(value: unknown, path: string, found: { path: string; text: string }[] = [], depth = 0): { path: string; text: string }[] {
  if (depth > 8) return found;
  if (typeof value === 'string') found.push({ path, text: value });
  else if (typeof value === 'function') {
    for (const args of [['X', 'Y', 'Z'], [2, 3, 4]]) {
      try {
        texts((value as (...sample: unknown[]) => unknown)(...args), `${path}()`, found, depth + 1);
      } catch {
        // A function that needs other arguments says nothing here; the source scan below still reads it.
      }
    }
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) texts(inner, `${path}.${key}`, found, depth + 1);
  }
  return found;
}

const frenchOf = (table: Record<string, Record<'fr' | 'en', string>>) => Object.fromEntries(Object.entries(table).map(([key, labels]) => [key, labels.fr]));

/** Lines of French sources that are not comments: the words users read, in code or templates. */
function sourceFiles(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path, keep) : keep(path) ? [path] : [];
  });
}

/** A French elision written with a straight apostrophe: l', d', n', qu', jusqu', aujourd'… */
const frenchElision = /\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|aujourd)'\p{L}/iu;

describe('French strings use the typographic apostrophe ’', () => {
  it.each([
    ['the Outlook pane', { pane: paneStrings.fr, settings: paneSettings.fr, today: paneToday.fr }],
    ['the Gmail cards', { cards: gmailStrings.fr, settings: gmailSettings.fr, today: gmailToday.fr }],
    [
      'the core’s labels',
      { fields: frenchOf(fieldLabels), events: frenchOf(eventLabels), phone: frenchOf(phoneOutcomeLabels), evidence: frenchOf(sentEvidenceLabels), columns: frenchOf(columnRoleLabels) },
    ],
  ])('in %s', (_name, tables) => {
    const walked = texts(tables, 'fr');
    expect(walked.length).toBeGreaterThan(20);
    expect(walked.filter((each) => straight.test(each.text))).toEqual([]);
  });

  it('in the core’s French texts (plan reasons, errors, law texts) and the French templates', () => {
    const core = sourceFiles('src/core', (path) => path.endsWith('.ts') && !/[/\\](?:reply|extract)[/\\]/.test(path) && !path.includes('.generated.'));
    const templates = sourceFiles('templates/fr', (path) => path.endsWith('.hbs'));
    const offending = [...core, ...templates].flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .map((line, index) => ({ at: `${path}:${index + 1}`, line }))
        .filter(({ line }) => !/^\s*(?:\/\/|\/\*|\*)/.test(line) && frenchElision.test(line)),
    );
    expect(core.length).toBeGreaterThan(50);
    expect(offending).toEqual([]);
  });
});
