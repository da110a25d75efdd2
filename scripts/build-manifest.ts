/**
 * Writes the Outlook manifest for a base URL, with its icons:
 *   tsx scripts/build-manifest.ts [--base-url https://relance.example.com] [--out dist/outlook] [--root]
 *                                 [--settings-url https://intranet.example.com/relance.settings.json]
 * The default base URL is the dev server's; --root also refreshes ./manifest.xml for sideloading.
 * --settings-url builds the manifest of one organisation: its pane reads that settings file
 * instead of `relance.settings.json` beside the pane (RELANCE_SETTINGS_URL does the same).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { iconSizes } from '../manifest/generate-icons';
import { renderManifest } from '../manifest/render-manifest';

export const devBaseUrl = 'https://localhost:3000';

export function manifestFor(baseUrl: string, settingsUrl?: string): string {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  if (settingsUrl && !/^https:\/\//.test(settingsUrl)) throw new Error(`--settings-url must be an https:// address (Outlook loads nothing else): ${settingsUrl}`);
  return renderManifest({ baseUrl, version, ...(settingsUrl ? { settingsUrl } : {}) });
}

export function buildManifest(options: { baseUrl: string; outDir: string; root?: boolean; settingsUrl?: string }): string {
  const xml = manifestFor(options.baseUrl, options.settingsUrl);
  mkdirSync(join(options.outDir, 'assets'), { recursive: true });
  writeFileSync(join(options.outDir, 'manifest.xml'), xml);
  for (const size of iconSizes) copyFileSync(join('manifest', 'icons', `icon-${size}.png`), join(options.outDir, 'assets', `icon-${size}.png`));
  if (options.root) writeFileSync('manifest.xml', xml);
  return join(options.outDir, 'manifest.xml');
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  const inline = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return inline ? inline.slice(name.length + 3) : index >= 0 ? process.argv[index + 1] : undefined;
}

if (process.argv[1]?.endsWith('build-manifest.ts')) {
  const baseUrl = argument('base-url') ?? process.env.RELANCE_BASE_URL ?? devBaseUrl;
  const settingsUrl = argument('settings-url') ?? process.env.RELANCE_SETTINGS_URL;
  const written = buildManifest({ baseUrl, outDir: argument('out') ?? 'dist/outlook', root: process.argv.includes('--root'), ...(settingsUrl ? { settingsUrl } : {}) });
  console.log(`manifest for ${baseUrl}${settingsUrl ? ` reading its settings from ${settingsUrl}` : ''}: ${written}`);
}
