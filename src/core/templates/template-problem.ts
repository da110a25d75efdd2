/** What is wrong with an organisation's template, located by file and line, in French or English. */
import type { Language } from '../model/language';

export type TemplateProblemCode =
  | 'no-separator'
  | 'bad-header'
  | 'no-subject'
  | 'syntax'
  | 'unknown-variable'
  | 'unsupported'
  | 'unknown-file';

export type TemplateProblem = { file: string; line?: number; code: TemplateProblemCode; detail?: string };

/** Thrown by `compileCatalog` with every problem of every file, never just the first. */
export class TemplateError extends Error {
  readonly code = 'template-error' as const;
  readonly problems: readonly TemplateProblem[];

  constructor(problems: readonly TemplateProblem[]) {
    super(problems.map((problem) => describeTemplateProblem(problem, 'en')).join('\n'));
    this.name = 'TemplateError';
    this.problems = problems;
  }
}

export function isTemplateError(error: unknown): error is TemplateError {
  return error instanceof TemplateError;
}

const messages: Record<TemplateProblemCode, Record<Language, (detail: string) => string>> = {
  'no-separator': {
    fr: () => 'il manque la ligne «\u00a0---\u00a0» entre l\u2019en-tête et le texte',
    en: () => 'no "---" line between the headers and the body',
  },
  'bad-header': {
    fr: (d) => `la ligne d\u2019en-tête «\u00a0${d}\u00a0» n\u2019est pas de la forme «\u00a0nom: valeur\u00a0»`,
    en: (d) => `header line "${d}" is not "name: value"`,
  },
  'no-subject': { fr: () => 'il manque l\u2019en-tête «\u00a0subject:\u00a0»', en: () => 'missing "subject:" header' },
  syntax: { fr: (d) => `syntaxe Handlebars incorrecte (${d})`, en: (d) => `Handlebars syntax error (${d})` },
  'unknown-variable': { fr: (d) => `variable inconnue «\u00a0${d}\u00a0»`, en: (d) => `unknown variable "${d}"` },
  unsupported: {
    fr: (d) => `«\u00a0${d}\u00a0» n\u2019est pas pris en charge (seuls #if, #unless, #each et #with le sont)`,
    en: (d) => `"${d}" is not supported (only #if, #unless, #each and #with are)`,
  },
  'unknown-file': {
    fr: () => 'nom de fichier inattendu (attendu\u00a0: fr/<étape>.hbs ou en/<étape>.hbs)',
    en: () => 'unexpected file name (expected fr/<step>.hbs or en/<step>.hbs)',
  },
};

/** "fr/overdue-1.hbs:4 : variable inconnue « sender.nmae »" */
export function describeTemplateProblem(problem: TemplateProblem, language: Language): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const text = messages[problem.code][language](problem.detail ?? '');
  return language === 'fr' ? `${where}\u00a0: ${text}` : `${where}: ${text}`;
}
