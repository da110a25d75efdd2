// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { formFromMessage, readReply } from '../../../src/core';
import { createCallQueue } from '../../../src/outlook/office/call-queue';
import { startPane, type PaneEnvironment } from '../../../src/outlook/app/start-pane';
import { ledgerSettingName } from '../../../src/outlook/adapter/roaming-ledger-store';
import { FakeOffice, type FakeOfficeOptions } from '../fakes/fake-office';
import { sampleEntry } from '../fakes/sample-entry';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

// The organisation settings document the admin hosts beside the pane (docs/settings.md).
const config = {
  version: 1,
  identity: { company: 'Atelier Martin SARL', legalMentions: 'SARL au capital de 8 000 € – RCS Lyon 812 345 678' },
  bank: { iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' },
  terms: { jurisdiction: 'FR' },
};

function environment(options: FakeOfficeOptions & { fetch?: typeof fetch; search?: string } = {}) {
  const root = document.createElement('div');
  document.body.appendChild(root);
  const loads = { invoice: 0, reply: 0 };
  const office = new FakeOffice(options);
  const env: PaneEnvironment = {
    host: office.host,
    root,
    location: { href: 'https://relance.example.com/taskpane.html', search: options.search ?? '?view=remind' },
    fetch: options.fetch ?? ((async () => new Response(JSON.stringify(config), { status: 200 })) as typeof fetch),
    queue: createCallQueue(),
    today: () => '2026-03-23',
    sleep: async () => undefined,
    isOnline: () => true,
    download: () => undefined,
    copy: async () => true,
    loadInvoiceReader: async () => {
      loads.invoice += 1;
      return { formFromMessage };
    },
    loadReplyReader: async () => {
      loads.reply += 1;
      return { readReply };
    },
  };
  return { env, root, loads };
}

describe('starting the task pane', () => {
  it('paints before the settings file has answered', () => {
    const { env, root } = environment({ fetch: (() => new Promise<Response>(() => undefined)) as typeof fetch });
    void startPane(env);
    expect(root.textContent).toContain('Lecture du message…');
  });

  it('loads the invoice reader on opening a message, and the reply reader only for a client reply', async () => {
    const first = environment();
    await startPane(first.env);
    expect(await screen.findByDisplayValue('F-2026-0142')).toBeTruthy();
    expect(first.loads).toEqual({ invoice: 1, reply: 0 });
    cleanup();
    document.body.innerHTML = '';
    const reply = environment({ search: '?view=reply', message: { body: 'Bonjour, le virement de la facture F-2026-0142 partira le 31 mars.' } });
    await startPane(reply.env);
    await waitFor(() => expect(reply.loads.reply).toBe(1));
  });

  it('tells the pane it runs on Outlook mobile, which then copies instead of drafting', async () => {
    // The invoice is followed already, so the reminder is complete; the host is Outlook for iOS.
    const { env } = environment({ platform: 'iOS', roaming: { [ledgerSettingName]: { version: 1, entries: [sampleEntry] } } });
    await startPane(env);
    expect(await screen.findByRole('button', { name: 'Copier la relance' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Créer le brouillon' })).toBeNull();
  });
});
