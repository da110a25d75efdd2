import { describe, expect, it } from 'vitest';
import { parseTemplateFile } from '../../../src/core/templates/parse-template-file';
import { requiredPaths, templatePaths } from '../../../src/core/templates/template-paths';

describe('template requirements', () => {
  it('requires what a template reads outside conditions', () => {
    expect(requiredPaths('Bonjour {{contact.salutation}}, IBAN {{sender.iban}}')).toEqual(['contact.salutation', 'sender.iban']);
  });

  it('does not require what is read under #if, #unless or else', () => {
    expect(requiredPaths('{{#if sender.role}}{{sender.role}}{{else}}{{sender.phone}}{{/if}}{{#unless several}}{{invoice.number}}{{/unless}}')).toEqual([]);
  });

  it('requires what both branches of an #if read, whichever is taken', () => {
    expect(requiredPaths('{{#if several}}{{total}} {{sender.iban}}{{else}}{{invoice.amount}} {{sender.iban}}{{/if}}')).toEqual(['sender.iban']);
  });

  it('requires each item of a list read in #each', () => {
    expect(requiredPaths('{{#each invoices}}- {{number}} {{#if description}}{{description}}{{/if}}\n{{/each}}')).toEqual(['invoices', 'invoices[].number']);
  });

  it('reports the line of each variable so a template error can be located', () => {
    expect(templatePaths('a\nb {{sender.nmae}}')).toEqual([{ path: 'sender.nmae', required: true, line: 2 }]);
  });

  it('splits a template file into its subject and body', () => {
    expect(parseTemplateFile('subject: Facture {{invoice.number}}\n---\nBonjour,\n', 'x')).toEqual({
      subject: 'Facture {{invoice.number}}',
      body: 'Bonjour,\n',
      subjectLine: 1,
      bodyFirstLine: 3,
    });
    expect(() => parseTemplateFile('Bonjour', 'fr/x.hbs')).toThrow('fr/x.hbs: no "---" line');
  });
});
