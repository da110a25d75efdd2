/**
 * An organisation's templates, given as text at run time (`{ 'fr/overdue-1.hbs': '…' }`), turned
 * into a catalog `renderReminder` accepts, without generating code. Each file replaces only the
 * step it names; the built-in templates stay for every other step.
 */
import { isLanguage, type Language, languages } from '../model/language';
import type { CompiledTemplate, TemplateCatalog } from '../render/template-catalog';
import { defaultCatalog } from './default-catalog.generated';
import type { InterpretedTemplate } from './interpret-template';
import { readTemplate } from './read-template';
import { TemplateError, type TemplateProblem } from './template-problem';
import { templateNames } from './template-names';
import { viewPaths } from './view-paths.generated';

export type CatalogReading = { catalog: TemplateCatalog; problems: TemplateProblem[] };

const known: ReadonlySet<string> = new Set(viewPaths);


function splitName(file: string): { language: Language; step: string } | undefined {
  const match = /^([a-z]{2})\/([a-z0-9-]+)\.hbs$/.exec(file);
  if (!match || !isLanguage(match[1]) || !templateNames().includes(match[2]!)) return undefined;
  return { language: match[1], step: match[2]! };
}

/** The catalog with what could be read, and every problem of every file. */
export function readCatalog(files: Readonly<Record<string, string>>, base: TemplateCatalog = defaultCatalog): CatalogReading {
  const problems: TemplateProblem[] = [];
  const overrides: Partial<Record<Language, Record<string, CompiledTemplate>>> = {};
  for (const file of Object.keys(files).sort()) {
    const name = splitName(file);
    if (!name) {
      problems.push({ file, code: 'unknown-file' });
      continue;
    }
    const reading = readTemplate(file, files[file] ?? '', name.language, known);
    if (!reading.ok) {
      problems.push(...reading.problems);
      continue;
    }
    const subject: InterpretedTemplate = { interpreted: reading.template.subjectTree };
    const body: InterpretedTemplate = { interpreted: reading.template.bodyTree };
    (overrides[name.language] ??= {})[name.step] = { subject, body, requires: reading.template.requires };
  }
  const catalog: TemplateCatalog = {};
  for (const language of languages) catalog[language] = { ...base[language], ...overrides[language] };
  return { catalog, problems };
}

/** Throws a `TemplateError` naming every file and line at fault; nothing half-read is returned. */
export function compileCatalog(files: Readonly<Record<string, string>>, base: TemplateCatalog = defaultCatalog): TemplateCatalog {
  const { catalog, problems } = readCatalog(files, base);
  if (problems.length > 0) throw new TemplateError(problems);
  return catalog;
}
