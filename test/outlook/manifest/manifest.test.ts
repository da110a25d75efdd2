import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { iconSizes } from '../../../manifest/generate-icons';
import { renderManifest } from '../../../manifest/render-manifest';
import { productionBaseUrl, ruleProblems, schemaDriftProblems, schemaProblems, validateBuiltManifests } from '../../../scripts/validate-manifest';

const dev = renderManifest({ baseUrl: 'https://localhost:3000', version: '0.1.0' });

describe('Outlook manifest', () => {
  it('validates, dev and production, against the Office schemas and the extra rules', async () => {
    const results = await validateBuiltManifests();
    expect(results.map((result) => result.baseUrl)).toEqual(['https://localhost:3000', productionBaseUrl]);
    for (const result of results) expect(result.problems).toEqual([]);
  });

  it('puts every URL of the production manifest on the production origin', () => {
    const production = renderManifest({ baseUrl: `${productionBaseUrl}/`, version: '1.2.3' });
    const urls = [...production.matchAll(/Value="(https?:[^"]+)"/g)].map((match) => match[1]!);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.every((url) => url.startsWith(`${productionBaseUrl}/`))).toBe(true);
    expect(production).toContain('<Version>1.2.3.0</Version>');
  });

  it('offers Remind and Confirm promise on read, Insert reminder on compose, in French and English', () => {
    expect(dev).toMatch(/MessageReadCommandSurface[\s\S]*relanceRemind[\s\S]*relanceConfirm/);
    expect(dev).toMatch(/MessageComposeCommandSurface[\s\S]*relanceInsert/);
    expect(dev).toContain('DefaultValue="Confirmer la promesse"');
    expect(dev).toContain('<bt:Override Locale="en-US" Value="Confirm promise" />');
    expect(dev).toContain('taskpane.html?view=reply');
  });

  // "Outlook JavaScript APIs supported in Outlook on mobile devices": Android and iOS support Mailbox 1.5 at most,
  // and a client that lacks the required set does not load the add-in ("Outlook JavaScript API requirement sets").
  it('declares the mobile button under a requirement Outlook mobile meets', () => {
    const inner = /<VersionOverrides xmlns="http:\/\/schemas\.microsoft\.com\/office\/mailappversionoverrides\/1\.1"[\s\S]*?<\/VersionOverrides>/.exec(dev)?.[0] ?? '';
    expect(inner).toContain('MobileMessageReadCommandSurface');
    expect(inner).toMatch(/<bt:Sets DefaultMinVersion="1\.5">/);
    const tooHigh = dev.replaceAll('DefaultMinVersion="1.5"', 'DefaultMinVersion="1.8"');
    expect(ruleProblems(tooHigh, 'https://localhost:3000')).toContain('VersionOverrides 1.1: declares MobileFormFactor but requires Mailbox 1.8; Outlook mobile supports 1.5 at most');
  });

  it('points every URL, the SupportUrl included, to a file the build writes', async () => {
    type Plugin = { userOptions?: { filename?: string }; patterns?: { to: string }[] };
    const configure = ((await import(pathToFileURL(join(import.meta.dirname, '..', '..', '..', 'webpack.config.js')).href)) as { default: (env: object, argv: object) => { plugins: Plugin[] } }).default;
    const written = new Set<string>(iconSizes.map((size) => `assets/icon-${size}.png`));
    for (const plugin of configure({}, { mode: 'production' }).plugins) {
      if (plugin.userOptions?.filename) written.add(plugin.userOptions.filename);
      for (const pattern of plugin.patterns ?? []) written.add(pattern.to);
    }
    const paths = [...dev.matchAll(/Value="https:\/\/localhost:3000\/([^"?]*)/g)].map((match) => match[1]!);
    expect(paths).toContain('support.html');
    expect(paths.filter((path) => !written.has(path))).toEqual([]);
  });

  it('is rejected by the schema when pinning appears in the 1.0 block', async () => {
    const broken = dev.replace('</SourceLocation>', '').replace(/(<Action xsi:type="ShowTaskpane">\s*<SourceLocation resid="Taskpane.Url" \/>)/, '$1<SupportsPinning>true</SupportsPinning>');
    expect(await schemaProblems(broken)).not.toEqual([]);
  });

  it('reports a resid without a resource', () => {
    const broken = dev.replace(/<bt:String id="Insert.Tip"[\s\S]*?<\/bt:String>/g, '');
    expect(ruleProblems(broken, 'https://localhost:3000')).toContain('VersionOverrides 1.1: resid "Insert.Tip" has no resource');
  });

  it('reports a resource id longer than 32 characters', () => {
    const long = 'Remind.Label.ThatIsFarTooLongToBeValid';
    const broken = dev.replaceAll('Remind.Label', long);
    expect(ruleProblems(broken, 'https://localhost:3000')).toContain(`VersionOverrides 1.1: resource id "${long}" is longer than 32 characters`);
  });

  it('reports a URL that is not https or not on the add-in origin', () => {
    const problems = ruleProblems(dev.replace('https://localhost:3000/assets/icon-16.png', 'http://localhost:3000/assets/icon-16.png').replace('https://localhost:3000/assets/icon-32.png', 'https://cdn.example.net/icon-32.png'), 'https://localhost:3000');
    expect(problems).toContain('URL is not https: http://localhost:3000/assets/icon-16.png');
    expect(problems).toContain('URL is not on https://localhost:3000: https://cdn.example.net/icon-32.png');
  });

  it('reports a broader permission than the add-in needs', () => {
    expect(ruleProblems(dev.replace('<Permissions>ReadWriteItem</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>'), 'https://localhost:3000')[0]).toMatch(/expected ReadWriteItem/);
  });
});

describe('the vendored manifest schemas', () => {
  const vendored = join(import.meta.dirname, '..', '..', '..', 'manifest', 'schemas');

  it('validate the manifest in any clone, and are flagged when they drift from the team copy', () => {
    const shared = mkdtempSync(join(tmpdir(), 'relance-schemas-'));
    for (const name of readdirSync(vendored).filter((file) => file.endsWith('.xsd'))) copyFileSync(join(vendored, name), join(shared, name));
    expect(schemaDriftProblems(shared, vendored)).toEqual([]);
    writeFileSync(join(shared, 'OfficeAppBasicTypesV1_0.xsd'), '<xs:schema/>');
    expect(schemaDriftProblems(shared, vendored)).toEqual([expect.stringContaining('manifest/schemas/OfficeAppBasicTypesV1_0.xsd differs')]);
    expect(schemaDriftProblems(join(shared, 'absent'), vendored)).toEqual([]);
    rmSync(shared, { recursive: true });
  });
});
