/**
 * Validates the Outlook manifest, dev and production, offline: the XSD schemas of
 * ../shared/schemas/office-manifest/ (or their copy in manifest/schemas/) through xmllint-wasm, then what a schema cannot see (every
 * resid resolves in its block, resource ids of 32 characters at most, every URL https on one
 * origin, least permission, the Mailbox set required, and no more than Outlook mobile supports where
 * the mobile button is declared). Exits non-zero on any problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { minimumMailbox, mobileMailbox } from '../manifest/render-manifest';
import { manifestFor } from './build-manifest';

/** The team's schemas, when the project sits beside `shared/`. */
const sharedSchemaDir = resolve(import.meta.dirname, '..', '..', 'shared', 'schemas', 'office-manifest');
/** The copy in the repository, so any clone validates its manifest. */
const vendoredSchemaDir = resolve(import.meta.dirname, '..', 'manifest', 'schemas');
export const schemaDir = existsSync(sharedSchemaDir) ? sharedSchemaDir : vendoredSchemaDir;

/** The vendored copy must be the team's schemas, file for file. */
export function schemaDriftProblems(shared = sharedSchemaDir, vendored = vendoredSchemaDir): string[] {
  if (!existsSync(shared)) return [];
  const xsd = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.xsd')).sort();
  const names = [...new Set([...xsd(shared), ...xsd(vendored)])];
  return names
    .filter((name) => !existsSync(join(vendored, name)) || !existsSync(join(shared, name)) || readFileSync(join(vendored, name), 'utf8') !== readFileSync(join(shared, name), 'utf8'))
    .map((name) => `manifest/schemas/${name} differs from ${shared}: copy the schemas again`);
}
export const productionBaseUrl = 'https://relance.example.com';
const devBaseUrl = 'https://localhost:3000';

export async function schemaProblems(xml: string, dir = schemaDir): Promise<string[]> {
  const schemas = readdirSync(dir)
    .filter((name) => name.endsWith('.xsd'))
    .map((fileName) => ({ fileName, contents: readFileSync(join(dir, fileName), 'utf8') }));
  const main = schemas.find((schema) => schema.fileName === 'OfficeAppManifestV1_1.xsd');
  if (!main) return [`OfficeAppManifestV1_1.xsd not found in ${dir}`];
  const result = await validateXML({ xml: { fileName: 'manifest.xml', contents: xml }, schema: main, preload: schemas.filter((schema) => schema !== main) });
  return result.valid ? [] : result.errors.map((error) => `schema: ${error.message.trim()}${error.loc ? ` (line ${error.loc.lineNumber})` : ''}`);
}

const versionAbove = (have: string, limit: string) => {
  const [haveMajor = 0, haveMinor = 0] = have.split('.').map(Number);
  const [limitMajor = 0, limitMinor = 0] = limit.split('.').map(Number);
  return haveMajor > limitMajor || (haveMajor === limitMajor && haveMinor > limitMinor);
};

const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]!);

/** The checks a schema cannot make. */
export function ruleProblems(xml: string, baseUrl: string): string[] {
  const problems: string[] = [];
  const inner = /<VersionOverrides xmlns="http:\/\/schemas\.microsoft\.com\/office\/mailappversionoverrides\/1\.1"[\s\S]*?<\/VersionOverrides>/.exec(xml)?.[0] ?? '';
  const outer = /<VersionOverrides xmlns="http:\/\/schemas\.microsoft\.com\/office\/mailappversionoverrides"[\s\S]*<\/VersionOverrides>/.exec(xml)?.[0]?.replace(inner, '') ?? '';
  if (!inner) problems.push('no VersionOverrides 1.1 block inside the 1.0 block');
  for (const [name, block] of [['VersionOverrides 1.0', outer], ['VersionOverrides 1.1', inner]] as const) {
    const defined = new Set(all(block, /<bt:(?:Image|Url|String) id="([^"]+)"/g));
    for (const id of new Set(all(block, /resid="([^"]+)"/g))) {
      if (!defined.has(id)) problems.push(`${name}: resid "${id}" has no resource`);
    }
    for (const id of defined) if (id.length > 32) problems.push(`${name}: resource id "${id}" is longer than 32 characters`);
    const required = /<bt:Sets DefaultMinVersion="([\d.]+)">\s*<bt:Set Name="Mailbox" \/>/.exec(block)?.[1];
    if (required !== minimumMailbox) problems.push(`${name}: Mailbox ${minimumMailbox} is not required`);
    // A mobile button under a set mobile lacks would never show (Outlook on Android and iOS: Mailbox 1.5 at most).
    if (required && block.includes('<MobileFormFactor>') && versionAbove(required, mobileMailbox)) {
      problems.push(`${name}: declares MobileFormFactor but requires Mailbox ${required}; Outlook mobile supports ${mobileMailbox} at most`);
    }
  }
  if (!/<SupportsPinning>true<\/SupportsPinning>/.test(inner)) problems.push('the task pane buttons do not support pinning');
  const permission = /<Permissions>([^<]+)<\/Permissions>/.exec(xml)?.[1];
  if (permission !== 'ReadWriteItem') problems.push(`permission is ${permission ?? 'missing'}, expected ReadWriteItem (the least that inserts drafts and writes custom properties)`);
  const origin = new URL(baseUrl).origin;
  const urls = [...all(xml, /DefaultValue="(https?:\/\/[^"]+)"/g), ...all(xml, /Value="(https?:\/\/[^"]+)"/g)];
  for (const url of new Set(urls)) {
    if (!url.startsWith('https://')) problems.push(`URL is not https: ${url}`);
    else if (new URL(url).origin !== origin) problems.push(`URL is not on ${origin}: ${url}`);
  }
  if (!/<Version>\d+\.\d+\.\d+\.\d+<\/Version>/.test(xml)) problems.push('Version must have four numbers (raise it on each release)');
  return problems;
}

export async function validateManifest(xml: string, baseUrl: string): Promise<string[]> {
  return [...(await schemaProblems(xml)), ...ruleProblems(xml, baseUrl)];
}

export async function validateBuiltManifests(): Promise<{ baseUrl: string; problems: string[] }[]> {
  const results = [];
  for (const baseUrl of [devBaseUrl, productionBaseUrl]) results.push({ baseUrl, problems: await validateManifest(manifestFor(baseUrl), baseUrl) });
  return results;
}

if (process.argv[1]?.endsWith('validate-manifest.ts')) {
  console.log(`schemas: ${schemaDir}`);
  const drift = schemaDriftProblems();
  for (const problem of drift) console.log(problem);
  const results = await validateBuiltManifests();
  for (const { baseUrl, problems } of results) {
    console.log(problems.length === 0 ? `manifest for ${baseUrl}: valid` : `manifest for ${baseUrl}: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  }
  process.exit(drift.length === 0 && results.every((result) => result.problems.length === 0) ? 0 : 1);
}
