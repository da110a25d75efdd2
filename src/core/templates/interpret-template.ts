/**
 * Runs a parsed Handlebars template against a view by walking its syntax tree: no code is
 * generated, so organisation templates work in Apps Script and under a strict CSP. It keeps the
 * semantics of the precompiled templates (noEscape, own properties only, the built-in
 * if/unless/each/with helpers, `../` and `@index`/`@first`/`@last`/`@key`/`@root`).
 */
import type { AST } from '@handlebars/parser';

/** A template turned into data by `compileCatalog`, told apart from a precompiled spec by its tag. */
export type InterpretedTemplate = { readonly interpreted: AST.Program };

export function isInterpretedTemplate(value: unknown): value is InterpretedTemplate {
  return typeof value === 'object' && value !== null && 'interpreted' in value;
}

type Data = { readonly [key: string]: unknown; readonly _parent?: Data };
type Frame = { depths: readonly unknown[]; data: Data };

// Handlebars reads own properties only unless prototype access is allowed, which Relance never does.
function lookup(parent: unknown, name: string): unknown {
  if (parent === null || parent === undefined) return undefined;
  const value = (parent as Record<string, unknown>)[name];
  if (value === null || value === undefined) return value;
  return Object.prototype.hasOwnProperty.call(parent, name) ? value : undefined;
}

function resolvePath(path: AST.PathExpression, frame: Frame): unknown {
  const parts = path.parts as string[];
  if (path.data) {
    let data: Data | undefined = frame.data;
    for (let depth = 0; depth < path.depth && data; depth += 1) data = data._parent;
    let value: unknown = data;
    for (const part of parts) value = lookup(value, part);
    return value;
  }
  let value = frame.depths[path.depth];
  for (const part of parts) value = lookup(value, part);
  return value;
}

function evaluate(expression: AST.Expression, frame: Frame): unknown {
  switch (expression.type) {
    case 'PathExpression':
      return resolvePath(expression as AST.PathExpression, frame);
    case 'StringLiteral':
    case 'NumberLiteral':
    case 'BooleanLiteral':
      return (expression as AST.StringLiteral).value;
    default:
      return undefined;
  }
}

function isEmpty(value: unknown): boolean {
  return (!value && value !== 0) || (Array.isArray(value) && value.length === 0);
}

/** The frame a block body runs in: Handlebars adds a depth only when the context changes. */
function enter(frame: Frame, context: unknown, data?: Omit<Data, '_parent'>): Frame {
  const depths = context === frame.depths[0] ? frame.depths : [context, ...frame.depths];
  return { depths, data: data ? { ...frame.data, ...data, _parent: frame.data } : frame.data };
}

function runBlock(block: AST.BlockStatement, frame: Frame): string {
  const helper = block.path.original;
  const subject = block.params[0] ? evaluate(block.params[0], frame) : undefined;
  const context = frame.depths[0];
  const inverse = () => (block.inverse ? runProgram(block.inverse, frame) : '');
  switch (helper) {
    case 'if':
    case 'unless': {
      const includeZero = block.hash?.pairs.some((pair) => pair.key === 'includeZero' && evaluate(pair.value, frame) === true) ?? false;
      const truthy = !((!includeZero && !subject) || isEmpty(subject));
      return truthy === (helper === 'if') ? runProgram(block.program, enter(frame, context)) : inverse();
    }
    case 'with':
      return isEmpty(subject) ? inverse() : runProgram(block.program, enter(frame, subject));
    case 'each': {
      let out = '';
      let count = 0;
      if (subject && typeof subject === 'object') {
        const keys: (string | number)[] = Array.isArray(subject) ? subject.map((_, index) => index) : Object.keys(subject);
        keys.forEach((key, index) => {
          const item = (subject as Record<string | number, unknown>)[key];
          const data = { key, index, first: index === 0, last: index === keys.length - 1 };
          out += runProgram(block.program, enter(frame, item, data));
          count += 1;
        });
      }
      return count === 0 ? inverse() : out;
    }
    default:
      // compileCatalog refuses any other helper; an unchecked tree renders nothing rather than guess.
      return '';
  }
}

function runProgram(program: AST.Program, frame: Frame): string {
  let out = '';
  for (const statement of program.body) {
    switch (statement.type) {
      case 'ContentStatement':
        out += (statement as AST.ContentStatement).value;
        break;
      case 'MustacheStatement': {
        const mustache = statement as AST.MustacheStatement;
        if (mustache.params.length > 0 || mustache.path.type !== 'PathExpression') break;
        const value = evaluate(mustache.path, frame);
        // noEscape: values are appended as they are; the HTML is escaped later, line by line.
        if (value !== null && value !== undefined && typeof value !== 'function') out += String(value);
        break;
      }
      case 'BlockStatement':
        out += runBlock(statement as AST.BlockStatement, frame);
        break;
      default:
        break;
    }
  }
  return out;
}

export function interpretTemplate(template: InterpretedTemplate, view: unknown): string {
  return runProgram(template.interpreted, { depths: [view], data: { root: view } });
}
