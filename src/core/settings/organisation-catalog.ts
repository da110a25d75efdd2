/**
 * The organisation's template overrides as a catalog, and what is wrong with each (file and line),
 * as settings problems at `templates["fr/overdue-1.hbs"]`. A broken override keeps the built-in
 * template of its step.
 */
import type { TemplateCatalog } from '../render/template-catalog';
import { readCatalog } from '../templates/compile-catalog';
import type { SettingsProblem } from './settings-problem';

export function organisationCatalog(templates: unknown): { catalog?: TemplateCatalog; problems: SettingsProblem[] } {
  if (typeof templates !== 'object' || templates === null || Array.isArray(templates)) return { problems: [] };
  const texts = Object.fromEntries(Object.entries(templates).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  if (Object.keys(texts).length === 0) return { problems: [] };
  const { catalog, problems } = readCatalog(texts);
  return { catalog, problems: problems.map((problem) => ({ path: `templates["${problem.file}"]`, code: 'template', template: problem })) };
}
