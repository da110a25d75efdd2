/**
 * One template file checked the way the build checks it: headers, Handlebars syntax, only the
 * built-in block helpers, every variable known to the view (file and line otherwise), and the
 * values it needs recorded. Shared by `npm run templates` and `compileCatalog`.
 */
import { type AST, parse } from '@handlebars/parser';
import type { Language } from '../model/language';
import { frenchTypography } from '../text/french-typography';
import { parseTemplateFile } from './parse-template-file';
import { requiredPaths, templatePaths } from './template-paths';
import { isTemplateError, type TemplateProblem } from './template-problem';

export type CheckedTemplate = { subject: string; body: string; subjectTree: AST.Program; bodyTree: AST.Program; requires: string[] };
export type TemplateReading = { ok: true; template: CheckedTemplate } | { ok: false; problems: TemplateProblem[] };

const blockHelpers = new Set(['if', 'unless', 'each', 'with']);

/** A line without its trailing spaces and tabs, by a scan from the end (a regex would retry from every space). */
function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end -= 1;
  return line.slice(0, end);
}

/** Typography and trailing spaces are settled once here rather than on every reminder written. */
function typeset(source: string, language: Language): string {
  return (language === 'fr' ? frenchTypography(source) : source).split('\n').map(trimLineEnd).join('\n');
}

function parseError(error: unknown): { line?: number; detail: string } {
  const raw = error as { message?: string; lineNumber?: number; hash?: { loc?: { last_line?: number } } };
  const message = String(raw.message ?? error);
  const line = raw.lineNumber ?? raw.hash?.loc?.last_line ?? Number(/line (\d+)/.exec(message)?.[1] ?? Number.NaN);
  const detail = (message.split('\n').pop() ?? message).slice(0, 200);
  return Number.isFinite(line) ? { line, detail } : { detail };
}

/** Partials, decorators, sub-expressions and helpers other than the built-in blocks: the build refuses them too. */
function unsupported(program: AST.Program): { name: string; line: number }[] {
  const found: { name: string; line: number }[] = [];
  const visit = (node: AST.Node): void => {
    const at = (name: string) => found.push({ name, line: node.loc.start.line });
    switch (node.type) {
      case 'Program':
        for (const statement of (node as AST.Program).body) visit(statement);
        break;
      case 'MustacheStatement': {
        const mustache = node as AST.MustacheStatement;
        if (mustache.path.type !== 'PathExpression') at(String((mustache.path as { original?: unknown }).original ?? mustache.path.type));
        else if (mustache.params.length > 0 || mustache.hash) at((mustache.path as AST.PathExpression).original);
        break;
      }
      case 'BlockStatement': {
        const block = node as AST.BlockStatement;
        const helper = block.path.original;
        const hashOk = !block.hash || ((helper === 'if' || helper === 'unless') && block.hash.pairs.every((pair) => pair.key === 'includeZero'));
        if (!blockHelpers.has(helper) || block.params.length !== 1 || !hashOk || block.program.blockParams?.length) at(`#${helper}`);
        if (block.params.some((param) => param.type === 'SubExpression')) at(`#${helper} (…)`);
        visit(block.program);
        if (block.inverse) visit(block.inverse);
        break;
      }
      case 'ContentStatement':
      case 'CommentStatement':
        break;
      default:
        at(node.type);
    }
  };
  visit(program);
  return found;
}

export function readTemplate(name: string, source: string, language: Language, known: ReadonlySet<string>): TemplateReading {
  let file;
  try {
    file = parseTemplateFile(source, name);
  } catch (error) {
    if (isTemplateError(error)) return { ok: false, problems: [...error.problems] };
    throw error;
  }
  const problems: TemplateProblem[] = [];
  const parts = [
    { text: typeset(file.subject, language), offset: file.subjectLine - 1 },
    { text: typeset(file.body, language), offset: file.bodyFirstLine - 1 },
  ];
  const trees: AST.Program[] = [];
  for (const { text, offset } of parts) {
    let tree: AST.Program;
    try {
      tree = parse(text);
    } catch (error) {
      const { line, detail } = parseError(error);
      problems.push({ file: name, ...(line === undefined ? {} : { line: line + offset }), code: 'syntax', detail });
      continue;
    }
    for (const { name: helper, line } of unsupported(tree)) problems.push({ file: name, line: line + offset, code: 'unsupported', detail: helper });
    for (const { path, line } of templatePaths(tree)) {
      if (!known.has(path)) problems.push({ file: name, line: line + offset, code: 'unknown-variable', detail: path });
    }
    trees.push(tree);
  }
  const [subjectTree, bodyTree] = trees;
  if (problems.length > 0 || !subjectTree || !bodyTree) return { ok: false, problems };
  const requires = [...new Set([...requiredPaths(subjectTree), ...requiredPaths(bodyTree)])];
  return { ok: true, template: { subject: parts[0]!.text, body: parts[1]!.text, subjectTree, bodyTree, requires } };
}
