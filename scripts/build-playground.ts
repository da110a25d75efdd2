/**
 * Builds the playground into dist/playground with webpack: `pane/` is the Outlook task pane built by
 * the production configuration (webpack.config.js, production mode, the chunks that ship, lazy ones
 * included), and the playground itself (the simulated Outlook page and the fake host script) is a
 * second configuration beside it, with the simulated Gmail (gmail.html: the Gmail handlers on the
 * Apps Script fakes). Only the pane's HTML page differs from production: where Outlook
 * loads office.js, it loads the fake host (fake-host.js), and relance.settings.json is the sample
 * company's (the build itself ships none). `npm run templates` must have run first (the pane needs the compiled templates).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import webpack, { type Configuration, type Stats } from 'webpack';
import type { OrganisationSettings } from '../src/core';
import { lumen } from '../examples/sample-data';
import { sampleClientRules } from '../examples/mailbox/sample-client-rules';

const root = join(import.meta.dirname, '..');
export const defaultOutDir = join(root, 'dist', 'playground');
const paneHtml = join(root, 'src', 'outlook', 'taskpane.html');
const catalog = join(root, 'src', 'core', 'templates', 'default-catalog.generated.ts');
/** The pane's folder inside the playground. */
export const paneFolder = 'pane';

export const playgroundSettings: OrganisationSettings = {
  version: 1,
  identity: { company: lumen.company, legalMentions: lumen.legalMentions!, address: lumen.address!, city: lumen.city!, phone: lumen.phone! },
  bank: { iban: lumen.iban!, bic: lumen.bic! },
  terms: { jurisdiction: 'FR' },
  // The sample clients as an admin lists them: the settings are the first source of a client's
  // company name (never the email domain), so the pane does not ask for it on every invoice.
  clients: sampleClientRules(),
};

type ConfigFactory = (env: Record<string, string>, argv: { mode: 'production' | 'development' }) => Configuration;

/** The pane's own page, with the fake host's script exactly where office.js loads, before the pane's bundle. */
export function taskpanePage(html: string): string {
  const withFakeHost = html.replace(/<script[^>]*appsforoffice\.microsoft\.com[^>]*><\/script>/i, '<script src="../fake-host.js"></script>');
  if (withFakeHost === html) throw new Error(`${relative(root, paneHtml)}: no office.js <script> found to replace`);
  return withFakeHost;
}

/** The playground page and the fake host script: development tools, never shipped. */
function playgroundConfig(outDir: string): Configuration {
  return {
    name: 'playground',
    mode: 'development',
    context: root,
    entry: { playground: './playground/main.tsx', 'fake-host': './playground/pane-frame.ts', 'gmail-playground': './playground/gmail/main.tsx' },
    output: { path: outDir, filename: '[name].js', clean: { keep: (asset: string) => asset.startsWith(`${paneFolder}/`) } },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: { rules: [{ test: /\.tsx?$/, loader: 'esbuild-loader', options: { target: 'es2022', jsx: 'automatic', jsxImportSource: 'preact' } }] },
    plugins: [new CopyWebpackPlugin({ patterns: ['playground/index.html', 'playground/playground.css', 'playground/gmail.html', 'playground/gmail.css'] })],
    devtool: 'source-map',
    performance: { hints: false },
  };
}

function run(configs: Configuration[]): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(configs, (error, stats) => {
      if (error) return reject(error);
      const failed = stats?.stats.filter((one: Stats) => one.hasErrors()) ?? [];
      if (failed.length > 0) return reject(new Error(failed.map((one) => one.toString({ all: false, errors: true })).join('\n')));
      resolve();
    });
  });
}

export async function buildPlayground(options: { outDir?: string } = {}): Promise<{ outDir: string; paneDir: string }> {
  const outDir = options.outDir ?? defaultOutDir;
  const paneDir = join(outDir, paneFolder);
  if (!existsSync(catalog)) throw new Error('The templates are not compiled: run `npm run templates` first.');
  const { default: outlookConfig } = (await import(pathToFileURL(join(root, 'webpack.config.js')).href)) as { default: ConfigFactory };
  // The production build, as `npm run build` makes it, into the playground's pane folder.
  const pane = { ...outlookConfig({ out: paneDir, 'base-url': 'http://127.0.0.1:3000/pane' }, { mode: 'production' }), name: 'pane', context: root };
  await run([pane, playgroundConfig(outDir)]);
  writeFileSync(join(paneDir, 'taskpane.html'), taskpanePage(readFileSync(join(paneDir, 'taskpane.html'), 'utf8')));
  // What an admin of Atelier Lumen would deploy: the company, no Graph application registered.
  writeFileSync(join(paneDir, 'relance.settings.json'), `${JSON.stringify(playgroundSettings, null, 2)}\n`);
  return { outDir, paneDir };
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
