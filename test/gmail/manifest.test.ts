import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGmail, manifestFunctions } from '../../scripts/build-gmail';
import { entryFunctions, triggerFunctions } from '../../src/gmail/entry-points';

const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as {
  timeZone: string;
  runtimeVersion: string;
  oauthScopes: string[];
  addOns: {
    common: { name: string; logoUrl: string; homepageTrigger: { runFunction: string }; useLocaleFromApp: boolean; layoutProperties?: Record<string, string> };
    gmail: {
      contextualTriggers: { unconditional: object; onTriggerFunction: string }[];
      composeTrigger: { selectActions: { text: string; runFunction: string }[]; draftAccess: string };
    };
  };
};

/** The scopes docs/gmail.md justifies, one table row each. */
function justifiedScopes(): string[] {
  const docs = readFileSync('docs/gmail.md', 'utf8');
  const table = docs.slice(docs.indexOf('<!-- scopes -->'), docs.indexOf('<!-- /scopes -->'));
  return [...table.matchAll(/^\|\s*`(https:\/\/www\.googleapis\.com\/auth\/[\w.]+)`\s*\|([^|]+)\|/gm)].filter((row) => row[2]!.trim().length > 20).map((row) => row[1]!);
}

describe('the Gmail manifest', () => {
  it('names only functions the bundle defines at top level, and the bundle defines every action the cards use', async () => {
    const { code } = await buildGmail({ write: false });
    for (const name of [...manifestFunctions(manifest), ...entryFunctions]) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(e\\) \\{`, 'm'));
    }
    expect(manifestFunctions(manifest).sort()).toEqual([...triggerFunctions].sort());
  });

  it('asks for exactly the scopes the documentation justifies', () => {
    const justified = justifiedScopes();
    expect(justified.length).toBeGreaterThan(0);
    expect([...manifest.oauthScopes].sort()).toEqual([...justified].sort());
    expect(manifest.oauthScopes).not.toContain('https://mail.google.com/');
  });

  it('is a valid Workspace add-on manifest for Gmail', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(() => new Intl.DateTimeFormat('en', { timeZone: manifest.timeZone })).not.toThrow();
    const { common, gmail } = manifest.addOns;
    expect(common.name).toBe('Relance');
    expect(common.logoUrl).toMatch(/^https:\/\//);
    expect(common.useLocaleFromApp).toBe(true);
    expect(common.homepageTrigger.runFunction).toBe('onHomepage');
    expect(gmail.contextualTriggers).toEqual([{ unconditional: {}, onTriggerFunction: 'onGmailMessageOpen' }]);
    // Gmail allows one compose action per add-on.
    expect(gmail.composeTrigger.selectActions).toEqual([{ text: 'Insérer une relance / Insert reminder', runFunction: 'onComposeInsertReminder' }]);
    expect(['NONE', 'METADATA']).toContain(gmail.composeTrigger.draftAccess);
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/gmail.addons.current.action.compose');
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/script.locale');
  });
});
