/** The French tables users read (core labels, Outlook pane, Gmail cards, playground), and a walker over their texts, shared by the typography tests. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { columnRoleLabels } from '../../src/core/aged-balance/describe-aged-balance-problem';
import { fieldLabels } from '../../src/core/errors/field-labels';
import { eventLabels, phoneOutcomeLabels, sentEvidenceLabels } from '../../src/core/follow-up/event-labels';
import { settingsStrings as gmailSettings } from '../../src/gmail/cards/settings-strings';
import { strings as gmailStrings } from '../../src/gmail/cards/strings';
import { todayStrings as gmailToday } from '../../src/gmail/cards/today-strings';
import { settingsStrings as paneSettings } from '../../src/outlook/pane/settings-strings';
import { paneStrings } from '../../src/outlook/pane/strings';
import { todayStrings as paneToday } from '../../src/outlook/pane/today-strings';
import { gmailStrings as playgroundGmail } from '../../playground/gmail/gmail-strings';
import { chromeStrings as playgroundOutlook } from '../../playground/ui/chrome-strings';

export type Found = { path: string; text: string };

/** Every text a table holds; a function is called with sample arguments, and what it returns is walked. */
export function texts(value: unknown, path: string, found: Found[] = [], depth = 0): Found[] {
  if (depth > 8) return found;
  if (typeof value === 'string') found.push({ path, text: value });
  else if (typeof value === 'function') {
    for (const args of [['X', 'Y', 'Z'], [2, 3, 4]]) {
      try {
        texts((value as (...sample: unknown[]) => unknown)(...args), `${path}()`, found, depth + 1);
      } catch {
        // A function that needs other arguments says nothing here; the source scans still read it.
      }
    }
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) texts(inner, `${path}.${key}`, found, depth + 1);
  }
  return found;
}

const frenchOf = (table: Record<string, Record<'fr' | 'en', string>>) => Object.fromEntries(Object.entries(table).map(([key, labels]) => [key, labels.fr]));

/** The French tables, by where a user reads them. */
export const frenchTables: [string, Record<string, unknown>][] = [
  ['the Outlook pane', { pane: paneStrings.fr, settings: paneSettings.fr, today: paneToday.fr }],
  ['the Gmail cards', { cards: gmailStrings.fr, settings: gmailSettings.fr, today: gmailToday.fr }],
  [
    'the core’s labels',
    { fields: frenchOf(fieldLabels), events: frenchOf(eventLabels), phone: frenchOf(phoneOutcomeLabels), evidence: frenchOf(sentEvidenceLabels), columns: frenchOf(columnRoleLabels) },
  ],
  ['the playground', { outlook: playgroundOutlook.fr, gmail: playgroundGmail.fr }],
];

/** The files under a folder that `keep` accepts, recursively. */
export function sourceFiles(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path, keep) : keep(path) ? [path] : [];
  });
}
