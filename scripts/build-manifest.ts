/**
 * Writes the Outlook manifest for a base URL, with its icons:
 *   tsx scripts/build-manifest.ts [--base-url https://relance.example.com] [--out dist/outlook] [--root]
 * The default base URL is the dev server's; --root also refreshes ./manifest.xml for sideloading.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { iconSizes } from '../manifest/generate-icons';
import { renderManifest } from '../manifest/render-manifest';

export const devBaseUrl = 'https://localhost:3000';

export function manifestFor(baseUrl: string): string {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  return renderManifest({ baseUrl, version });
}

export function buildManifest(options: { baseUrl: string; outDir: string; root?: boolean }): string {
  const xml = manifestFor(options.baseUrl);
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
  const written = buildManifest({ baseUrl, outDir: argument('out') ?? 'dist/outlook', root: process.argv.includes('--root') });
  console.log(`manifest for ${baseUrl}: ${written}`);
}
