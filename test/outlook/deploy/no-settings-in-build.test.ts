// A deploy must never ship or replace the organisation's settings: the build emits no settings
// file, keeps one an admin put in dist/outlook, and the example lives outside the build.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { manifestFor } from '../../../scripts/build-manifest';

const root = join(import.meta.dirname, '../../..');

describe('the Outlook build and the settings file', () => {
  type Config = { plugins: { constructor: { name: string }; patterns?: { to?: string }[] }[]; output: { clean: { keep: RegExp } } };
  let config: Config;
  beforeAll(async () => {
    const module = (await import(pathToFileURL(join(root, 'webpack.config.js')).href)) as { default: (env: object, argv: object) => Config };
    config = module.default({}, { mode: 'production' });
  });

  it('copies no settings file into dist/outlook', () => {
    // The only file copied is the SupportUrl's page.
    const copied = config.plugins.flatMap((plugin) => plugin.patterns ?? []).map((pattern) => pattern.to);
    expect(copied).toEqual(['support.html']);
    expect(existsSync(join(root, 'src/outlook/config/relance.config.example.json'))).toBe(false);
    expect(existsSync(join(root, 'examples/relance.settings.example.json'))).toBe(true);
  });

  it('keeps a settings file an admin left in dist/outlook when the build empties it', () => {
    expect(config.output.clean.keep.test('relance.settings.json')).toBe(true);
    expect(config.output.clean.keep.test('taskpane.1234abcd.js')).toBe(false);
  });

  it('names the organisation settings URL in the manifest built for it', () => {
    const xml = manifestFor('https://relance.example.com', 'https://intranet.roux.fr/relance/settings.json?v=2');
    const settings = encodeURIComponent('https://intranet.roux.fr/relance/settings.json?v=2');
    expect(xml).toContain(`https://relance.example.com/taskpane.html?view=remind&amp;settings=${settings}`);
    expect(xml).toContain(`https://relance.example.com/taskpane.html?view=reply&amp;settings=${settings}`);
    expect(manifestFor('https://relance.example.com')).not.toContain('settings=');
    expect(() => manifestFor('https://relance.example.com', 'http://intranet/settings.json')).toThrow(/https/);
  });
});
