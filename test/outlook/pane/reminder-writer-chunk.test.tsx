// @vitest-environment jsdom
// The reminder writer comes from its own chunk: while it has not come the Relance tab says it is
// reading (no card, no "nothing to send"); when it cannot come the tab says so, and a retry loads it.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MailMessage, RelanceSettings } from '../../../src/core';
import { App } from '../../../src/outlook/pane/App';
import { lumen } from '../../../examples/sample-data';
import { fakeOperations } from '../fakes/fake-operations';
import { sampleEntry } from '../fakes/sample-entry';

/** The chunk as the browser gets it: it fails while the network is down (webpack asks again on the next import). */
const network = vi.hoisted(() => ({ down: true }));
vi.mock('../../../src/outlook/pane/reminder-writer', async (original) => {
  if (network.down) throw new TypeError('Failed to fetch dynamically imported module');
  return original();
});

afterEach(cleanup);

const settings: RelanceSettings = { sender: lumen, userEmail: lumen.email! };
const message: MailMessage = {
  id: 'AAMkInvoice=',
  threadId: 'AAQkThread=',
  subject: 'Facture F-2026-0142',
  body: 'Bonjour Madame Durand, veuillez trouver la facture F-2026-0142.',
  from: { email: lumen.email!, name: lumen.name },
  to: [{ email: sampleEntry.client.contact.email, name: 'Claire Durand' }],
  cc: [],
  receivedOn: '2026-02-14',
  attachmentNames: [],
};

describe('the reminder writer’s chunk', () => {
  it('says it could not load, shows no card meanwhile, and writes the reminder once a retry loads it', async () => {
    render(<App ops={fakeOperations({ message, ledger: { version: 1, entries: [sampleEntry] } })} settings={settings} language="fr" today="2026-03-23" view="remind" compose={false} />);
    const alert = await screen.findByRole('alert');
    expect(screen.queryByRole('region', { name: /^À envoyer maintenant/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Créer le brouillon' })).toBeNull();
    network.down = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    const card = await screen.findByRole('region', { name: /^À envoyer maintenant\s: première relance$/ });
    expect(within(card).getByRole('button', { name: 'Créer le brouillon' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
