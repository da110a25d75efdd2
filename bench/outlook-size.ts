/**
 * The Outlook task pane's JavaScript, gzipped: what the first paint loads (the scripts of
 * taskpane.html) and everything (the reminder writer, the readers, the Today and Settings tabs and MSAL
 * load later), against the 80 KB budget.
 * Always builds dist/outlook for production first: a development build left there would mislead.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const firstPaintBudgetBytes = 80 * 1024;
const outDir = resolve('dist/outlook');

const gzipSize = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function benchOutlookSize(): Promise<string[]> {
  execFileSync(process.execPath, [resolve('node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'], { stdio: 'ignore' });
  const html = readFileSync(join(outDir, 'taskpane.html'), 'utf8');
  const firstPaint = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)]
    .map((match) => match[1]!)
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ''));
  const all = readdirSync(outDir).filter((file) => file.endsWith('.js'));
  const firstBytes = firstPaint.reduce((sum, file) => sum + gzipSize(file), 0);
  const totalBytes = all.reduce((sum, file) => sum + gzipSize(file), 0);
  const verdict = firstBytes <= firstPaintBudgetBytes ? 'within' : 'OVER';
  return [
    `outlook task pane JS before first paint: ${kb(firstBytes)} gzip (${firstPaint.join(', ')}), ${verdict} the ${kb(firstPaintBudgetBytes)} budget`,
    `outlook task pane JS in total: ${kb(totalBytes)} gzip across ${all.length} files (${all
      .filter((file) => !firstPaint.includes(file))
      .map((file) => `${file.split('.')[0]} ${kb(gzipSize(file))}`)
      .join(', ')} loaded on demand)`,
  ];
}

if (process.argv[1]?.endsWith('outlook-size.ts')) {
  for (const line of await benchOutlookSize()) console.log(line);
}
