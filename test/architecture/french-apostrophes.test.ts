import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frenchTables, sourceFiles, texts } from './french-tables';

/** A straight apostrophe between two letters: French typography wants ’ ("l’échéance"). */
const straight = /\p{L}'\p{L}/u;

/** A French elision written with a straight apostrophe: l', d', n', qu', jusqu', aujourd'… */
const frenchElision = /\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|aujourd)'\p{L}/iu;

describe('French strings use the typographic apostrophe ’', () => {
  it.each(frenchTables)('in %s', (_name, tables) => {
    const walked = texts(tables, 'fr');
    expect(walked.length).toBeGreaterThan(20);
    expect(walked.filter((each) => straight.test(each.text))).toEqual([]);
  });

  it('in the French texts of the core (plan reasons, errors, law texts), the shells, the playground and the Outlook manifest, and the French templates', () => {
    const core = sourceFiles('src/core', (path) => path.endsWith('.ts') && !/[/\\](?:reply|extract)[/\\]/.test(path) && !path.includes('.generated.'));
    const shells = ['src/outlook', 'src/gmail', 'playground', 'manifest'].flatMap((dir) => sourceFiles(dir, (path) => /\.tsx?$/.test(path)));
    const templates = sourceFiles('templates/fr', (path) => path.endsWith('.hbs'));
    const offending = [...core, ...shells, ...templates].flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .map((line, index) => ({ at: `${path}:${index + 1}`, line }))
        .filter(({ line }) => !/^\s*(?:\/\/|\/\*|\*)/.test(line) && frenchElision.test(line)),
    );
    expect(core.length).toBeGreaterThan(50);
    expect(offending).toEqual([]);
  });
});
