// docs/gmail.md says what the code and Google do: the scopes' real reach, when review is skipped, which clasp runs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const raw = readFileSync('docs/gmail.md', 'utf8');
const guide = raw.replace(/\s+/g, ' ');
const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as {
  dependencies: { enabledAdvancedServices?: { userSymbol: string; serviceId: string; version: string }[] };
  oauthScopes: string[];
};
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };

describe('the Gmail deployment guide', () => {
  it('says gmail.modify also reads and sends mail, as the consent screen does', () => {
    const row = raw.split('\n').find((line) => line.startsWith('| `https://www.googleapis.com/auth/gmail.modify` |'));
    expect(row).toMatch(/read every message and send mail as the user/);
    expect(row).toContain('"Read, compose, and send emails from your Gmail account"');
    expect(guide).not.toMatch(/private app needs no Google review/i);
  });

  it('says a Private app skips review only with a Cloud project of the organisation and an Internal consent screen', () => {
    expect(guide).toContain('A Private app skips Google\'s review only when its Cloud project belongs to the organisation and its OAuth consent screen is "Internal"');
  });

  it('runs the clasp pinned in devDependencies, never one fetched at run time', () => {
    expect(packageJson.devDependencies['@google/clasp']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(packageJson.scripts['gmail:push']).toMatch(/(^|&& )clasp push/);
    expect(Object.values(packageJson.scripts).join(' ')).not.toContain('@google/clasp');
    expect(guide).not.toContain('npx @google/clasp');
    expect(guide).toContain(`\`@google/clasp\` ${packageJson.devDependencies['@google/clasp']}`);
  });

  it('names the Gmail advanced service the manifest enables, and the API to enable with a standard Cloud project', () => {
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([{ userSymbol: 'Gmail', version: 'v1', serviceId: 'gmail' }]);
    expect(guide).toContain('enable the Gmail API there');
  });
});
