/**
 * French high punctuation takes one convention everywhere a user reads French: a no-break space
 * (U+00A0) before ":" ";" "?" "!" and inside « », never a plain space, a narrow one or none.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sampleRenderInput } from '../../examples/sample-render-input';
import {
  describeAgedBalanceProblem,
  describeError,
  describeIssue,
  describePlanReason,
  describeSettingsProblem,
  describeTemplateProblem,
  MailboxError,
  type MailboxErrorCode,
  RelanceError,
  renderReminder,
  stepIds,
} from '../../src/core';
import type { ErrorCode, FieldProblem } from '../../src/core/errors/relance-error';
import type { PlanReason } from '../../src/core/plan/plan-reason';
import { frenchTypography } from '../../src/core/text/french-typography';
import { frenchTables, sourceFiles, texts } from './french-tables';

/** Stands for a value a template or a template literal inserts: it may be anything, a no-break space included. */
const inserted = '\ufffc';

/** What is wrong with the French punctuation of a text, one phrase a fault; empty when it is right. */
function punctuationFaults(text: string): string[] {
  // A template header quoted as syntax ("« subject: »", "« nom: valeur »") is code, written as typed.
  const prose = text.replace(/«\u00a0[a-z]+:(?=\s)/g, '«\u00a0code');
  const faults: string[] = [];
  for (const [pattern, fault] of [
    [/[^\S\u00a0]+[:;?!]/gu, 'a space other than U+00A0 before'],
    // Only before a blank or the end: "https://", "14:30", "?q=" and "1:2" are not prose.
    [/[\p{L}\p{N})\]’»\ufffc][:;?!](?=[\s\ufffc]|$)/gu, 'no space before'],
    [/«(?![\u00a0\ufffc])./gu, 'no U+00A0 after'],
    [/.(?<![\u00a0\ufffc])»/gu, 'no U+00A0 before'],
  ] as const) {
    for (const match of prose.matchAll(pattern)) faults.push(`${fault} "${match[0]}"`);
  }
  return faults;
}

describe('the check itself', () => {
  it.each([
    ['Facture payée : plus aucune relance.', 'a space other than U+00A0 before " :"'],
    ['Facture payée: plus aucune relance.', 'no space before "e:"'],
    ['Envoyée\u202f?', 'a space other than U+00A0 before "\u202f?"'],
    ['Réessayez ; si l’erreur persiste', 'a space other than U+00A0 before " ;"'],
    ['la colonne « Échéance\u00a0»', 'no U+00A0 after "« "'],
    ['la colonne «\u00a0Échéance »', 'no U+00A0 before " »"'],
  ])('finds the fault in %j', (text, fault) => {
    expect(punctuationFaults(text)).toEqual([fault]);
  });

  it.each([
    'Facture payée\u00a0: plus aucune relance.',
    'Voir https://aka.ms/relance?q=relance à 14:30, ratio 1:2',
    'la colonne «\u00a0Échéance\u00a0»\u00a0: date illisible',
    'il manque l’en-tête «\u00a0subject:\u00a0»',
    `Bonjour ${inserted}\u00a0! Vraiment\u00a0?`,
  ])('lets %j pass', (text) => {
    expect(punctuationFaults(text)).toEqual([]);
  });
});

const faultsIn = (found: { path: string; text: string }[]) =>
  found.flatMap(({ path, text }) => punctuationFaults(text).map((fault) => `${path}: ${fault} in ${JSON.stringify(text)}`));

/** Conditions that pick the French branch of a ternary: `language === 'fr' ? … : …`, `french ? … : …`. */
const frenchCondition = /^(?:[\w.]+\.)?(?:language|lang)\s*===\s*'fr'$|^french$/;

/** Strings written as the host writes them, not as French prose: left as they are, each with its reason. */
const hostWords = new Map([
  // Outlook's own French reply prefix, typed with an ordinary space; the preview shows the subject the draft will have.
  ['src/outlook/pane/draft-subject.ts', ['RE : ']],
]);

/**
 * The French literals of a source file, as their text: a table's `fr` entry, a `const fr = …`,
 * the French branch of a ternary on the language. A template literal is read whole, an inserted
 * value standing as `inserted` unless it is a constant string of the same file (`const nb = '\u00a0'`).
 */
function frenchLiterals(path: string): { path: string; text: string }[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const constants = new Map<string, string>();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer && ts.isStringLiteral(declaration.initializer)) constants.set(declaration.name.text, declaration.initializer.text);
    }
  }
  const found: { path: string; text: string }[] = [];
  const at = (node: ts.Node) => `${path}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const valueOf = (expression: ts.Expression) =>
    ts.isIdentifier(expression) && constants.has(expression.text) ? constants.get(expression.text)! : ts.isStringLiteral(expression) ? expression.text : inserted;
  const visit = (node: ts.Node, french: boolean): void => {
    if (french && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) {
      if (!hostWords.get(path)?.includes(node.text)) found.push({ path: at(node), text: node.text });
      return;
    }
    if (french && ts.isTemplateExpression(node)) {
      found.push({ path: at(node), text: node.head.text + node.templateSpans.map((span) => valueOf(span.expression) + span.literal.text).join('') });
      for (const span of node.templateSpans) visit(span.expression, french);
      return;
    }
    if (ts.isConditionalExpression(node) && frenchCondition.test(node.condition.getText(file).replace(/^\(|\)$/g, '').trim())) {
      visit(node.condition, french);
      visit(node.whenTrue, true);
      visit(node.whenFalse, french);
      return;
    }
    const named = (ts.isPropertyAssignment(node) || ts.isVariableDeclaration(node)) && /^'?fr'?$/.test(node.name.getText(file));
    ts.forEachChild(node, (child) => visit(child, french || named));
  };
  visit(file, false);
  return found;
}

describe('French high punctuation takes a no-break space (U+00A0), and so do « »', () => {
  it.each(frenchTables)('in %s', (_name, tables) => {
    const walked = texts(tables, 'fr');
    expect(walked.length).toBeGreaterThan(20);
    expect(faultsIn(walked)).toEqual([]);
  });

  it('in every French literal of the core, the shells, the playground and the Outlook manifest', () => {
    // Parsing vocabularies (reply and invoice readers) are patterns, not prose a user reads.
    const prose = (path: string) => /\.tsx?$/.test(path) && !path.includes('.generated.') && !/[/\\](?:vocabulary|dates)[/\\]/.test(path);
    const literals = ['src/core', 'src/outlook', 'src/gmail', 'playground', 'manifest'].flatMap((dir) => sourceFiles(dir, prose)).flatMap(frenchLiterals);
    expect(literals.length).toBeGreaterThan(500);
    expect(faultsIn(literals)).toEqual([]);
  });

  it('in every error a user can meet', () => {
    const codes: Record<ErrorCode, true> = {
      'invalid-input': true,
      'missing-fields': true,
      'unknown-step': true,
      'template-error': true,
      'penalty-currency': true,
      'invalid-import': true,
      'no-governing-law': true,
      'rates-outdated': true,
      'rates-unavailable': true,
    };
    const hostCodes: Record<MailboxErrorCode, true> = {
      offline: true,
      throttled: true,
      'server-error': true,
      'consent-required': true,
      'sign-in-required': true,
      'not-authorized': true,
      'storage-full': true,
      conflict: true,
      'unreadable-record': true,
      'item-not-found': true,
      unsupported: true,
      'host-error': true,
    };
    const problems: Record<FieldProblem, true> = {
      required: true,
      'invalid-date': true,
      'due-before-issue': true,
      'not-positive': true,
      negative: true,
      'exceeds-amount': true,
      'settles-invoice': true,
      'payments-mismatch': true,
      'in-future': true,
      'in-past': true,
      unreadable: true,
      'unknown-format': true,
      'unknown-currency': true,
      'currency-mismatch': true,
      'invalid-email': true,
      'invalid-iban': true,
      'invalid-bic': true,
      'invalid-number': true,
      'too-long': true,
      'finer-than-currency': true,
      'below-legal-floor': true,
      'unknown-jurisdiction': true,
      'duplicate-invoice': true,
      'invalid-sort-code': true,
      'invalid-account-number': true,
      'unknown-legal-form': true,
      'rates-outdated': true,
      'before-rate-table': true,
      'no-governing-law': true,
    };
    const issue = { field: 'invoice.amount', limit: 200, date: '2026-07-01', knownUntil: '2026-06-30', knownFrom: '2020-01-01', floor: 3.05 };
    const described = [
      ...Object.keys(codes).map((code) => describeError(new RelanceError(code as ErrorCode, [{ field: 'invoice.dueDate', problem: 'required' }]), 'fr')),
      ...Object.keys(hostCodes).map((code) => describeError(new MailboxError(code as MailboxErrorCode, undefined, 30), 'fr')),
      describeError(new Error('boom'), 'fr'),
    ];
    const found = [
      ...described.flatMap(({ title, details }) => [title, ...details]).map((text) => ({ path: 'describeError', text })),
      ...Object.keys(problems).map((problem) => ({ path: problem, text: describeIssue({ ...issue, problem: problem as FieldProblem }, 'fr') })),
      { path: 'aged balance', text: describeAgedBalanceProblem({ line: 12, column: 'Échéance', role: 'dueDate', code: 'invalid-date' }, 'fr') },
      { path: 'settings', text: describeSettingsProblem({ path: 'scenarios.sme.escalation[0].offsetDays', code: 'out-of-range', expected: '1 … 365' }, 'fr') },
      { path: 'template', text: describeTemplateProblem({ file: 'fr/overdue-1.hbs', line: 4, code: 'unknown-variable', detail: 'sender.nmae' }, 'fr') },
    ];
    expect(faultsIn(found)).toEqual([]);
  });

  it('in every reason a plan gives', () => {
    const reasons: { [Code in PlanReason['code']]: Extract<PlanReason, { code: Code }>[] } = {
      'thank-you': [{ code: 'thank-you', paidOn: '2026-04-10' }],
      paid: [{ code: 'paid', paidOn: '2026-04-10' }, { code: 'paid' }],
      'nothing-due': [{ code: 'nothing-due' }],
      disputed: [{ code: 'disputed', disputedOn: '2026-04-02' }],
      'promise-ack': [{ code: 'promise-ack', promiseDate: '2026-04-10' }],
      'promise-pending': [{ code: 'promise-pending', promiseDate: '2026-04-10', resumeOn: '2026-04-13' }],
      'promise-broken': [{ code: 'promise-broken', promiseDate: '2026-04-10' }],
      'before-preventive': [{ code: 'before-preventive', dueDate: '2026-03-16', from: '2026-03-06', ideal: '2026-03-09' }],
      preventive: [{ code: 'preventive', dueDate: '2026-03-16', daysLeft: 1 }, { code: 'preventive', dueDate: '2026-03-16', daysLeft: 7 }],
      'preventive-nudge': [{ code: 'preventive-nudge', preventiveOn: '2026-03-09', dueDate: '2026-03-16' }],
      'until-due': [{ code: 'until-due', dueDate: '2026-03-16', replied: true }, { code: 'until-due', dueDate: '2026-03-16', replied: false }],
      overdue: [{ code: 'overdue', step: 'overdue-1', daysOverdue: 7, catchUp: true }, { code: 'overdue', step: 'overdue-2', daysOverdue: 1, catchUp: false }],
      'not-yet': [{ code: 'not-yet', step: 'overdue-2', on: '2026-03-31', lastOn: '2026-03-23' }, { code: 'not-yet', step: 'overdue-2', on: '2026-03-31' }],
      'escalation-done': [{ code: 'escalation-done', lastStep: 'formal-notice', on: '2026-05-05' }],
    };
    const found = Object.values(reasons)
      .flat()
      .map((reason) => ({ path: reason.code, text: describePlanReason(reason, 'fr') }));
    expect(faultsIn(found)).toEqual([]);
  });

  it('in every French template, as compiled, in each of its branches', () => {
    const templates = sourceFiles('templates/fr', (path) => path.endsWith('.hbs'));
    const found = templates.flatMap((path) => {
      const [headers = '', ...body] = readFileSync(path, 'utf8').split(/^---$/m);
      // A header is "name: value": the name is syntax, the value prose.
      const subject = headers.split('\n').map((line) => line.replace(/^[a-z]+:\s*/, ''));
      // The precompiler types the no-break spaces an admin cannot (frenchTypography); a value a template inserts may be anything.
      return frenchTypography([...subject, ...body].join('\n'))
        .replace(/\{\{[^}]*\}\}/g, inserted)
        .split('\n')
        .map((line, index) => ({ path: `${path}:${index + 1}`, text: line }));
    });
    expect(templates.length).toBeGreaterThan(10);
    expect(faultsIn(found)).toEqual([]);
  });

  it('in every French reminder as the client reads it', () => {
    const found = stepIds.flatMap((step) => {
      const reminder = renderReminder(sampleRenderInput(step, 'fr'));
      return [reminder.subject, ...reminder.text.split('\n')].map((text) => ({ path: step, text }));
    });
    expect(faultsIn(found)).toEqual([]);
  });
});
