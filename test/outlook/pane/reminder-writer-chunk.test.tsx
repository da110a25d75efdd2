// @vitest-environment jsdom
// The reminder writer comes from its own chunk: while it has not come the Relance tab says it is
// reading (no card, no "nothing to send"); when it cannot come the tab says so, and a retry loads it.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MailMessage, RelanceSettings } from '../../../src/core';
import { App } from '../../../src/outlook/pane/App';
import { lumen } from '../../../examples/sample-data';
import { fakeOperations } from '../fakes/fake-operations';
import { sampleEntry } from '../fakes/sample-entry';

/** The chunk as the browser gets it: it fails while the network is down (webpack asks again on the next import), else comes when the test lets it. */
const network = vi.hoisted(() => {
  let arrive = () => {};
  const arrival = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  return { down: true, arrival, arrive: () => arrive() };
});
vi.mock('../../../src/outlook/pane/reminder-writer', async (original) => {
  if (network.down) throw new TypeError('Failed to fetch dynamically imported module');
  await network.arrival;
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
  it('says it could not load, keeps the panel busy and reading while a retry loads it, then writes the reminder', async () => {
    const ops = fakeOperations({ message, ledger: { version: 1, entries: [sampleEntry] } });
    let formRead = false;
    const readForm = ops.formFromMessage;
    ops.formFromMessage = async (...args) => {
      const form = await readForm(...args);
      formRead = true;
      return form;
    };
    render(<App ops={ops} settings={settings} language="fr" today="2026-03-23" view="remind" compose={false} />);
    const alert = await screen.findByRole('alert');
    expect(screen.queryByRole('region', { name: /^À envoyer maintenant/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Créer le brouillon' })).toBeNull();
    network.down = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    // Coming: the message is read, but no card and no "nothing to send" until the writer is there.
    const panel = screen.getByRole('tabpanel');
    await waitFor(() => expect(panel.getAttribute('aria-busy')).toBe('true'));
    await waitFor(() => expect(formRead).toBe(true));
    // A task later, Preact has drawn the form's state: still no card.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(panel.textContent).toBe('Lecture du message…');
    expect(panel.getAttribute('aria-busy')).toBe('true');
    network.arrive();
    const card = await screen.findByRole('region', { name: /^À envoyer maintenant\s: première relance$/ });
    expect(within(card).getByRole('button', { name: 'Créer le brouillon' })).toBeTruthy();
    expect(panel.getAttribute('aria-busy')).toBe('false');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
