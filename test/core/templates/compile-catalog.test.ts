// Organisation templates read at run time: they render exactly like the precompiled built-ins,
// replace only the steps they name, and a mistake is refused with its file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { durandSecondInvoice, harperInvoice } from '../../../examples/sample-data';
import { sampleRenderInput } from '../../../examples/sample-render-input';
import { type Language, type RenderInput, renderReminder, stepIds } from '../../../src/core';
import { compileCatalog, readCatalog } from '../../../src/core/templates/compile-catalog';
import { templateNames } from '../../../src/core/templates/template-names';
import { describeTemplateProblem, isTemplateError, type TemplateProblem } from '../../../src/core/templates/template-problem';

const templatesDir = join(import.meta.dirname, '../../../templates');

function builtInFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const language of ['fr', 'en']) {
    for (const file of readdirSync(join(templatesDir, language)).filter((name) => name.endsWith('.hbs'))) {
      files[`${language}/${file}`] = readFileSync(join(templatesDir, language, file), 'utf8');
    }
  }
  return files;
}

function outcome(render: () => unknown): unknown {
  try {
    return render();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function problemsOf(files: Record<string, string>): TemplateProblem[] {
  try {
    compileCatalog(files);
  } catch (error) {
    if (isTemplateError(error)) return [...error.problems];
    throw error;
  }
  throw new Error('expected a TemplateError');
}

const overdue1 = readFileSync(join(templatesDir, 'fr/overdue-1.hbs'), 'utf8');

describe('compileCatalog', () => {
  const interpreted = compileCatalog(builtInFiles());

  // Every moment of the sample invoice, one and two invoices: each template is rendered against
  // all of them, so its optional branches, loops and missing-value refusals are all compared.
  const inputs = (language: Language): RenderInput[] =>
    stepIds.flatMap((moment) => {
      const one = sampleRenderInput(moment, language);
      const second = language === 'fr' ? durandSecondInvoice : { ...harperInvoice, number: 'NG-2026-0099', amountDue: { value: 100, currency: 'GBP' } };
      return [one, { ...one, invoices: [...one.invoices, second] }];
    });

  for (const language of ['fr', 'en'] as const) {
    it(`renders every built-in ${language} template exactly like the precompiled one`, () => {
      let compared = 0;
      for (const name of templateNames()) {
        for (const input of inputs(language)) {
          const step = { id: name, channel: 'email' as const };
          const precompiled = outcome(() => renderReminder({ ...input, step }));
          expect(outcome(() => renderReminder({ ...input, step, catalog: interpreted }))).toEqual(precompiled);
          compared += 1;
        }
      }
      expect(compared).toBe(templateNames().length * stepIds.length * 2);
    });
  }

  it('replaces only the step an override names', () => {
    const catalog = compileCatalog({ 'fr/overdue-1.hbs': overdue1.replace('Bonjour', 'Cher client,\nBonjour') });
    const changed = renderReminder({ ...sampleRenderInput('overdue-1', 'fr'), catalog });
    expect(changed.text).toMatch(/^Cher client,\nBonjour/);
    const untouched = sampleRenderInput('overdue-2', 'fr');
    expect(renderReminder({ ...untouched, catalog })).toEqual(renderReminder(untouched));
    const english = sampleRenderInput('overdue-1', 'en');
    expect(renderReminder({ ...english, catalog })).toEqual(renderReminder(english));
  });

  it('records the values an override needs, so a missing one is refused before writing', () => {
    const catalog = compileCatalog({ 'fr/overdue-1.hbs': 'subject: Facture {{invoice.number}}\n---\nTél. {{sender.phone}}\n' });
    const input = sampleRenderInput('overdue-1', 'fr');
    const { phone: _phone, ...sender } = input.sender;
    expect(() => renderReminder({ ...input, sender, catalog })).toThrow(/sender\.phone/);
  });

  it('refuses a misspelt variable, naming the file and the line', () => {
    const broken = overdue1.replace('{{sender.company}}', '{{sender.compagny}}');
    const line = broken.split('\n').findIndex((text) => text.includes('sender.compagny')) + 1;
    const problems = problemsOf({ 'fr/overdue-1.hbs': broken });
    expect(problems).toContainEqual({ file: 'fr/overdue-1.hbs', line, code: 'unknown-variable', detail: 'sender.compagny' });
    expect(describeTemplateProblem(problems[0]!, 'fr')).toBe(`fr/overdue-1.hbs:${line}\u00a0: variable inconnue «\u00a0sender.compagny\u00a0»`);
    expect(describeTemplateProblem(problems[0]!, 'en')).toBe(`fr/overdue-1.hbs:${line}: unknown variable "sender.compagny"`);
  });

  it('locates a mistake in the subject on its header line', () => {
    const problems = problemsOf({ 'en/overdue-1.hbs': '{{! a comment }}\nsubject: Invoice {{invoice.numbr}}\n---\nHello\n' });
    expect(problems).toEqual([{ file: 'en/overdue-1.hbs', line: 2, code: 'unknown-variable', detail: 'invoice.numbr' }]);
  });

  it('reports every problem of every file, not just the first', () => {
    const { problems } = readCatalog({
      'fr/overdue-1.hbs': 'subject: x\n---\n{{#if several}}\nA {{nope}}\n',
      'en/overdue-2.hbs': 'subject: x\n---\n{{> partial}}\n{{lookup invoices 0}}\n{{#each invoices as |item|}}{{/each}}\n',
      'fr/overdue-3.hbs': 'subject: x\n---\n',
      'de/overdue-1.hbs': 'subject: x\n---\n',
      'en/thank-you.hbs': 'no separator',
    });
    expect(problems.map((p) => [p.file, p.code, p.line])).toEqual([
      ['de/overdue-1.hbs', 'unknown-file', undefined],
      ['en/overdue-2.hbs', 'unsupported', 3],
      ['en/overdue-2.hbs', 'unsupported', 4],
      ['en/overdue-2.hbs', 'unsupported', 5],
      ['en/overdue-2.hbs', 'unknown-variable', 4],
      ['en/thank-you.hbs', 'no-separator', undefined],
      ['fr/overdue-1.hbs', 'syntax', 5],
      ['fr/overdue-3.hbs', 'unknown-file', undefined],
    ]);
  });

  it('keeps the built-in template of a step whose override is broken, and says why', () => {
    const { catalog, problems } = readCatalog({ 'fr/overdue-1.hbs': 'subject: {{oops}}\n---\n' });
    expect(problems).toHaveLength(1);
    const input = sampleRenderInput('overdue-1', 'fr');
    expect(renderReminder({ ...input, catalog })).toEqual(renderReminder(input));
  });

  it('treats the template text as data: a value that looks like a template is written as it is', () => {
    const catalog = compileCatalog({ 'fr/overdue-1.hbs': overdue1 });
    const input = sampleRenderInput('overdue-1', 'fr');
    const client = { ...input.client, company: '{{sender.iban}} <b>constructor</b>' };
    const text = renderReminder({ ...input, client, catalog }).text;
    expect(text).toBe(renderReminder({ ...input, client }).text);
  });
});
