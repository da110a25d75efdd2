// The pane's settings come from the file the admin hosts: its address, and what the pane does when
// it is missing, unreadable, still the example, or overrides templates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReminder } from '../../../src/core';
import { loadSettings, settingsUrl } from '../../../src/outlook/config/load-settings';
import { sampleRenderInput } from '../../../examples/sample-render-input';

const user = { emailAddress: 'sophie.martin@atelier-lumen.fr', displayName: 'Sophie Martin' };
const pane = 'https://relance.example.com/taskpane.html?view=remind';
const document = {
  version: 1,
  identity: { company: 'Atelier Lumen SARL' },
  bank: { iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' },
  graph: { clientId: 'c0de' },
};

function serving(status: number, body: string) {
  const asked: string[] = [];
  const fetcher = (async (url: string | URL | Request) => {
    asked.push(String(url));
    return new Response(body, { status });
  }) as typeof fetch;
  return { fetcher, asked };
}

describe('loadSettings', () => {
  it('reads relance.settings.json beside the pane, or the address the manifest names', () => {
    expect(settingsUrl(pane)).toBe('https://relance.example.com/relance.settings.json');
    const named = `${pane}&settings=${encodeURIComponent('https://intranet.lumen.fr/relance.json')}`;
    expect(settingsUrl(named)).toBe('https://intranet.lumen.fr/relance.json');
  });

  it('merges the document with the signed-in user and takes the Graph client id from it', async () => {
    const { fetcher, asked } = serving(200, JSON.stringify(document));
    const loaded = await loadSettings({ fetch: fetcher, paneUrl: pane, user });
    expect(asked).toEqual(['https://relance.example.com/relance.settings.json']);
    expect(loaded.status).toMatchObject({ state: 'ok', problems: [] });
    expect(loaded.settings.sender).toMatchObject({ name: 'Sophie Martin', company: 'Atelier Lumen SARL', email: user.emailAddress, iban: document.bank.iban });
    expect(loaded.graphClientId).toBe('c0de');
  });

  it('says the file is missing (first run) or unreadable, and still opens', async () => {
    expect((await loadSettings({ fetch: serving(404, 'Not found').fetcher, paneUrl: pane, user })).status.state).toBe('missing');
    expect((await loadSettings({ fetch: serving(200, '{ "version": 1, ').fetcher, paneUrl: pane, user })).status.state).toBe('unreadable');
    expect((await loadSettings({ fetch: serving(500, '').fetcher, paneUrl: pane, user })).status.state).toBe('unreadable');
  });

  it('recognises the example file, so the pane refuses to write with it', async () => {
    const example = readFileSync(join(import.meta.dirname, '../../../examples/relance.settings.example.json'), 'utf8');
    expect((await loadSettings({ fetch: serving(200, example).fetcher, paneUrl: pane, user })).status).toMatchObject({ state: 'example', problems: [] });
  });

  it('applies the template overrides and lists a broken one with its line', async () => {
    const overdue = 'subject: Rappel {{invoice.number}}\n---\nBonjour {{contact.salutation}},\n';
    const body = JSON.stringify({ ...document, templates: { 'fr/overdue-1.hbs': overdue, 'fr/overdue-2.hbs': 'subject: x\n---\n{{sender.nom}}\n' } });
    const loaded = await loadSettings({ fetch: serving(200, body).fetcher, paneUrl: pane, user });
    expect(loaded.status.problems).toMatchObject([{ path: 'templates["fr/overdue-2.hbs"]', code: 'template', template: { line: 3, detail: 'sender.nom' } }]);
    const input = { ...sampleRenderInput('overdue-1', 'fr'), ...(loaded.settings.catalog ? { catalog: loaded.settings.catalog } : {}) };
    expect(renderReminder(input).subject).toBe(`Rappel ${input.invoices[0]!.number}`);
  });
});
