/**
 * The view paths a Handlebars template reads, and which of them it needs: a path read outside any
 * `{{#if}}`/`{{#unless}}`/`{{#with}}` is required, so a missing value is reported before rendering.
 */
import { type AST, parse } from '@handlebars/parser';

export type TemplatePath = { path: string; required: boolean; line: number };

type Scope = { prefix: string; optional: boolean };
type Node = AST.Node;

const conditionals = new Set(['if', 'unless', 'with']);

function resolve(expression: AST.PathExpression, scope: Scope): string | undefined {
  if (expression.data) return undefined; // @index, @last…: Handlebars' own, always there
  const parts = expression.parts.join('.');
  if (parts === '' || expression.original === 'this') return undefined;
  // `../x` leaves the each block: the path is the root's.
  return expression.depth > 0 ? parts : `${scope.prefix}${parts}`;
}

export function templatePaths(source: string | AST.Program): TemplatePath[] {
  const paths: TemplatePath[] = [];
  const add = (expression: AST.Expression, scope: Scope, required: boolean) => {
    if (expression.type !== 'PathExpression') return;
    const path = resolve(expression as AST.PathExpression, scope);
    if (path) paths.push({ path, required: required && !scope.optional, line: expression.loc.start.line });
  };
  const walk = (node: Node, scope: Scope): void => {
    switch (node.type) {
      case 'Program':
        for (const statement of (node as AST.Program).body) walk(statement, scope);
        break;
      case 'MustacheStatement': {
        const mustache = node as AST.MustacheStatement;
        add(mustache.path, scope, mustache.params.length === 0);
        for (const param of mustache.params) add(param, scope, true);
        break;
      }
      case 'BlockStatement': {
        const block = node as AST.BlockStatement;
        const helper = (block.path as AST.PathExpression).original;
        const subject = block.params[0];
        if (helper === 'each' && subject?.type === 'PathExpression') {
          add(subject, scope, true);
          const list = resolve(subject as AST.PathExpression, scope);
          walk(block.program, { prefix: `${list}[].`, optional: scope.optional });
          if (block.inverse) walk(block.inverse, { ...scope, optional: true });
        } else if (conditionals.has(helper) && helper !== 'with' && block.inverse && !scope.optional) {
          // {{#if a}}x{{else}}y{{/if}}: what both branches read is needed whichever is taken.
          if (subject) add(subject, scope, false);
          const branch = (program: AST.Program) => {
            const before = paths.length;
            walk(program, { ...scope, optional: false });
            return paths.splice(before);
          };
          const whenTrue = branch(block.program);
          const whenFalse = branch(block.inverse);
          const requiredIn = (list: TemplatePath[]) => new Set(list.filter((p) => p.required).map((p) => p.path));
          const inFalse = requiredIn(whenFalse);
          const both = new Set([...requiredIn(whenTrue)].filter((path) => inFalse.has(path)));
          for (const entry of [...whenTrue, ...whenFalse]) paths.push({ ...entry, required: entry.required && both.has(entry.path) });
        } else {
          if (subject) add(subject, scope, !conditionals.has(helper));
          const inner: Scope =
            helper === 'with' && subject?.type === 'PathExpression'
              ? { prefix: `${resolve(subject as AST.PathExpression, scope)}.`, optional: true }
              : { ...scope, optional: scope.optional || conditionals.has(helper) };
          walk(block.program, inner);
          if (block.inverse) walk(block.inverse, { ...scope, optional: true });
        }
        break;
      }
      default:
        break;
    }
  };
  walk(typeof source === 'string' ? parse(source) : source, { prefix: '', optional: false });
  return paths;
}

/** The distinct required paths, in order of first use. */
export function requiredPaths(source: string | AST.Program): string[] {
  return [...new Set(templatePaths(source).filter((p) => p.required).map((p) => p.path))];
}
