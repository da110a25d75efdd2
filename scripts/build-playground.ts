/**
 * Builds the playground into dist/playground: the simulated Outlook page (playground.js), the real
 * task pane (src/outlook/taskpane.tsx) preceded by the fake Office.js (pane.js), the pane's own
 * HTML without office.js, and relance.settings.json for the sample company (no Graph client id).
 * `npm run templates` must have run first (the pane needs the compiled templates).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { OrganisationSettings } from '../src/core';
import { lumen } from '../examples/sample-data';

const root = join(import.meta.dirname, '..');
export const defaultOutDir = join(root, 'dist', 'playground');
const paneEntry = join(root, 'src', 'outlook', 'taskpane.tsx');
const paneHtml = join(root, 'src', 'outlook', 'taskpane.html');
const catalog = join(root, 'src', 'core', 'templates', 'default-catalog.generated.ts');

export const playgroundSettings: OrganisationSettings = {
  version: 1,
  identity: { company: lumen.company, address: lumen.address!, city: lumen.city!, phone: lumen.phone! },
  bank: { iban: lumen.iban!, bic: lumen.bic! },
  terms: { jurisdiction: 'FR' },
};

/** MSAL is replaced by a fake that always grants a token: the Graph switch decides the rest. */
const fakeMsal: Plugin = {
  name: 'fake-msal',
  setup(context) {
    context.onResolve({ filter: /^@azure\/msal-browser$/ }, () => ({ path: join(root, 'playground', 'fake-office', 'fake-msal.ts') }));
  },
};

/** The pane's own page, with the fake host's bundle where office.js would load. */
export function taskpanePage(html: string): string {
  const withoutOfficeJs = html.replace(/\s*<script[^>]*appsforoffice\.microsoft\.com[^>]*><\/script>/i, '');
  if (withoutOfficeJs === html) throw new Error(`${relative(root, paneHtml)}: no office.js <script> found to replace`);
  return withoutOfficeJs.replace(/<\/body>/i, '    <script src="pane.js"></script>\n  </body>');
}

export async function buildPlayground(options: { outDir?: string; plugins?: Plugin[] } = {}): Promise<{ outDir: string }> {
  const outDir = options.outDir ?? defaultOutDir;
  for (const required of [paneEntry, paneHtml]) {
    if (!existsSync(required)) throw new Error(`The playground mounts the real task pane, but ${relative(root, required)} does not exist yet.`);
  }
  if (!existsSync(catalog)) throw new Error('The templates are not compiled: run `npm run templates` first.');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const common = {
    bundle: true,
    format: 'iife' as const,
    platform: 'browser' as const,
    target: 'es2022',
    jsx: 'automatic' as const,
    jsxImportSource: 'preact',
    sourcemap: true,
    logLevel: 'warning' as const,
    define: { 'process.env.NODE_ENV': '"development"' },
    absWorkingDir: root,
  };
  await Promise.all([
    build({ ...common, entryPoints: [join(root, 'playground', 'main.tsx')], outfile: join(outDir, 'playground.js'), plugins: options.plugins ?? [] }),
    build({
      ...common,
      // The fake host first, as office.js comes first in the real page; then the real pane, unchanged.
      stdin: { contents: "import './playground/pane-frame';\nimport './src/outlook/taskpane';\n", resolveDir: root, sourcefile: 'pane-entry.ts', loader: 'ts' },
      outfile: join(outDir, 'pane.js'),
      plugins: [fakeMsal, ...(options.plugins ?? [])],
    }),
  ]);
  copyFileSync(join(root, 'playground', 'index.html'), join(outDir, 'index.html'));
  copyFileSync(join(root, 'playground', 'playground.css'), join(outDir, 'playground.css'));
  writeFileSync(join(outDir, 'taskpane.html'), taskpanePage(readFileSync(paneHtml, 'utf8')));
  // What an admin of Atelier Lumen would publish: the company, no Graph application registered.
  writeFileSync(join(outDir, 'relance.settings.json'), `${JSON.stringify(playgroundSettings, null, 2)}\n`);
  return { outDir };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  buildPlayground().then(
    ({ outDir }) => console.log(`Playground built in ${relative(process.cwd(), outDir) || outDir} (${Date.now() - started} ms)`),
    (error: unknown) => {
      console.error(`Playground build failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
