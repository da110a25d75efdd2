/**
 * Once per run: compiles the templates, builds the playground (the pane is the production webpack
 * build, chunks included: scripts/build-playground.ts), serves it on a free port of
 * 127.0.0.1 and starts one headless Chromium that every test file connects to. No Chromium is a
 * failure with what to install, never a skip.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { buildPlayground } from '../../../scripts/build-playground';
import { startPlaygroundServer } from '../../../scripts/serve-playground';

declare module 'vitest' {
  export interface ProvidedContext {
    playground: { url: string; wsEndpoint: string };
  }
}

const root = join(import.meta.dirname, '..', '..', '..');

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function run(command: string, args: string[], what: string): string {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status ?? result.signal}). ${result.error?.message ?? ''}`.trim());
  return result.stdout;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = run(process.execPath, [join(root, 'scripts', 'ensure-chromium.mjs')], 'Finding Chrome or Chromium (scripts/ensure-chromium.mjs)')
    .trim()
    .split('\n')
    .pop();
  if (!executablePath) throw new Error('scripts/ensure-chromium.mjs printed no browser path');
  // E2E_PLAYGROUND_DIR serves a playground built elsewhere instead of building this one.
  let outDir = process.env.E2E_PLAYGROUND_DIR;
  if (!outDir) {
    run(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'compile-templates.ts')], 'Compiling the templates');
    ({ outDir } = await buildPlayground());
  }
  mkdirSync(join(root, 'test-output', 'e2e'), { recursive: true });
  const server = await startPlaygroundServer({ root: outDir, port: 0 });
  // Playwright starts the browser on a fresh temporary profile (it refuses --user-data-dir here).
  const browser = await chromium.launchServer({ executablePath, headless: true, args: chromiumArgs });
  project.provide('playground', { url: server.url, wsEndpoint: browser.wsEndpoint() });
  return async () => {
    await browser.close();
    await server.close();
  };
}
