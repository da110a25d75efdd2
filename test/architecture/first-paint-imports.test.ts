/**
 * What the Outlook task pane loads before its first paint: the static imports of its entry, walked
 * as webpack follows them (through the core's index, only the modules of the names imported; never
 * a dynamic `import()` or a type), reach none of the heavy modules the pane loads on demand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const coreIndex = join(root, 'src/core/index.ts');

function resolveFile(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return ['.ts', '.tsx', '/index.ts', '/index.tsx', ''].map((ending) => base + ending).find((file) => existsSync(file) && !file.endsWith('/'));
}

/** A package's name from a bare specifier: `preact/hooks` is preact, `@azure/msal-browser/x` is @azure/msal-browser. */
const packageName = (specifier: string) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2) : specifier.split('/').slice(0, 1)).join('/');

type Import = { specifier: string; names?: string[] };

/** The value imports and re-exports of a file; `names` are the bindings taken when they can be listed. */
function valueImports(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Import[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const specifier = statement.moduleSpecifier.text;
      if (!clause) found.push({ specifier });
      else if (!clause.isTypeOnly) {
        const bindings = clause.namedBindings;
        if (clause.name || (bindings && ts.isNamespaceImport(bindings))) found.push({ specifier });
        else if (bindings) {
          const names = bindings.elements.filter((element) => !element.isTypeOnly).map((element) => (element.propertyName ?? element.name).text);
          if (names.length > 0) found.push({ specifier, names });
        }
      }
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) && !statement.isTypeOnly) {
      const clause = statement.exportClause;
      const names = clause && ts.isNamedExports(clause) ? clause.elements.filter((element) => !element.isTypeOnly).map((element) => (element.propertyName ?? element.name).text) : undefined;
      if (!names || names.length > 0) found.push({ specifier: statement.moduleSpecifier.text, ...(names ? { names } : {}) });
    }
  }
  return found;
}

/** The core's index re-exports every module: a name imported from it leads only to the module that defines it. */
const indexExports = new Map<string, string>();
for (const statement of ts.createSourceFile(coreIndex, readFileSync(coreIndex, 'utf8'), ts.ScriptTarget.Latest).statements) {
  if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
  const clause = statement.exportClause;
  if (!clause || !ts.isNamedExports(clause)) throw new Error(`src/core/index.ts: export * from ${statement.moduleSpecifier.text} cannot be walked by name`);
  for (const element of clause.elements) indexExports.set(element.name.text, statement.moduleSpecifier.text);
}

/** Every project file and package the entry's static imports reach. */
function reached(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolve(root, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const { specifier, names } of valueImports(file)) {
      if (!specifier.startsWith('.')) {
        packages.add(packageName(specifier));
        continue;
      }
      const target = resolveFile(file, specifier);
      if (!target) throw new Error(`${relative(root, file)}: cannot resolve ${specifier} (run npm run templates first)`);
      if (target !== coreIndex || !names) {
        queue.push(target);
        continue;
      }
      for (const name of names) {
        const defining = indexExports.get(name);
        if (!defining) throw new Error(`${relative(root, file)} imports ${name}, which src/core/index.ts does not export`);
        queue.push(resolveFile(coreIndex, defining)!);
      }
    }
  }
  return { files: new Set([...files].map((file) => relative(root, file))), packages };
}

/** What the pane loads on demand, each in its own chunk: never before the first paint. */
const heavyFiles = ['src/core/templates/default-catalog.generated.ts', 'src/core/reply/model/reply-model.generated.ts', 'src/core/reply/read-reply.ts'];
const heavyPackages = ['handlebars', '@handlebars/parser', 'chrono-node', 'papaparse', '@azure/msal-browser'];

describe("the Outlook task pane's first paint", () => {
  const firstPaint = reached('src/outlook/taskpane.tsx');

  it('draws the pane, its tabs and the Remind tab, with Preact', () => {
    expect(firstPaint.files).toContain('src/outlook/pane/App.tsx');
    expect(firstPaint.files).toContain('src/outlook/pane/tabs/RemindTab.tsx');
    expect(firstPaint.packages).toContain('preact');
  });

  it.each(heavyFiles)('does not import %s', (file) => {
    expect(firstPaint.files).not.toContain(file);
  });

  it.each(heavyPackages)('does not import the %s package', (name) => {
    expect(firstPaint.packages).not.toContain(name);
  });

  it('leaves them to the chunks that load on demand, where the same walk finds them', () => {
    const writer = reached('src/outlook/pane/reminder-writer.ts');
    expect(writer.files).toContain('src/core/templates/default-catalog.generated.ts');
    expect(writer.packages).toContain('handlebars');
    expect(reached('src/outlook/app/reply-reader.ts').packages).toContain('chrono-node');
    expect(reached('src/outlook/app/aged-balance-reader.ts').packages).toContain('papaparse');
  });
});
