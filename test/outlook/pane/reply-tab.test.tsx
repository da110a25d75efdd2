// @vitest-environment jsdom
// A client's reply opens on the reply tab, with one button named by what was read, and says when it was already recorded.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { MailMessage, RelanceSettings, ReplyIntent, ReplyReading } from '../../../src/core';
import { App, type AppProps } from '../../../src/outlook/pane/App';
import { paneStrings } from '../../../src/outlook/pane/strings';
import { settingsStrings } from '../../../src/outlook/pane/settings-strings';
import { lumen } from '../../../examples/sample-data';
import { fakeOperations } from '../fakes/fake-operations';
import { sampleEntry, sampleReply } from '../fakes/sample-entry';

afterEach(cleanup);

const settings: RelanceSettings = { sender: lumen, userEmail: lumen.email! };
const known = { version: 1 as const, entries: [sampleEntry] };
const reading = (intent: ReplyIntent, extra: Partial<ReplyReading> = {}): ReplyReading => ({
  intent,
  invoiceNumbers: ['F-2026-0142'],
  evidence: 'le virement sera fait le 31 mars',
  language: 'fr',
  confidence: 0.9,
  ...(intent === 'promise' || intent === 'payment-plan' ? { date: '2026-03-31' } : {}),
  ...extra,
});

function renderApp(ops: AppProps['ops'], overrides: Partial<AppProps> = {}) {
  // No view asked for: the message decides which tab opens.
  return render(<App ops={ops} settings={settings} language="fr" today="2026-03-23" compose={false} {...overrides} />);
}

describe('a client’s reply', () => {
  it('opens on the reply tab, not on a first reminder', async () => {
    renderApp(fakeOperations({ message: sampleReply, ledger: known, reading: reading('promise') }));
    await screen.findByRole('button', { name: 'Enregistrer la promesse' });
    expect(screen.getByRole('tab', { name: 'Réponse du client' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.queryByRole('button', { name: 'Créer le brouillon' })).toBeNull();
  });

  it.each([
    ['promise', 'Enregistrer la promesse', 'Record the promise'],
    ['paid', 'Noter le paiement annoncé', 'Note the announced payment'],
    ['dispute', 'Enregistrer le litige', 'Record the dispute'],
    ['missing-documents', 'Renvoyer les documents', 'Send the documents again'],
    ['payment-plan', 'Étudier l’échéancier', 'Consider the payment plan'],
    ['out-of-office', 'Relancer à son retour', 'Follow up on their return'],
  ] as const)('names the button after the reading %s: "%s" / "%s", and records that reading', async (intent, french, english) => {
    const ops = fakeOperations({ message: sampleReply, ledger: known, reading: reading(intent, intent === 'out-of-office' ? { returnOn: '2026-03-30' } : {}) });
    renderApp(ops);
    fireEvent.click(await screen.findByRole('button', { name: french }));
    await waitFor(() => expect(ops.calls.confirm.map((call) => call.intent)).toEqual([intent]));
    expect(screen.queryByRole('button', { name: 'Confirmer la promesse' })).toBeNull();
    cleanup();
    renderApp(fakeOperations({ message: sampleReply, ledger: known, reading: reading(intent) }), { language: 'en' });
    expect(await screen.findByRole('button', { name: english })).toBeTruthy();
  });

  it('offers no button for a reply that commits to nothing, and says the reminders go on', async () => {
    renderApp(fakeOperations({ message: sampleReply, ledger: known, reading: reading('no-commitment') }));
    expect(await screen.findByText(/ne s’engage à rien/)).toBeTruthy();
    expect(screen.getByRole('tabpanel').querySelectorAll('button.primary')).toHaveLength(0);
  });

  it('offers no button for a colleague’s mail', async () => {
    const colleague: MailMessage = { ...sampleReply, from: { email: 'thomas.girard@atelier-lumen.fr', name: 'Thomas Girard' }, to: [{ email: lumen.email! }] };
    renderApp(fakeOperations({ message: colleague, ledger: known, reading: reading('dispute') }), { settings: { ...settings, userEmail: 'sophie.martin@atelier-lumen.fr' } });
    expect(await screen.findByText(/vient d’un collègue/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Enregistrer le litige' })).toBeNull();
  });

  it('says a reply already recorded is in the log, as what, and of when', async () => {
    const stableId = 'AAkALgImmutable-reply=';
    const entry = { ...sampleEntry, events: [{ kind: 'dispute' as const, on: '2026-03-20', evidence: 'x', messageId: stableId }] };
    renderApp(fakeOperations({ message: { ...sampleReply, stableId }, ledger: { version: 1, entries: [entry] }, reading: reading('dispute') }));
    expect(await screen.findByText(/^Réponse déjà enregistrée le 20\smars\s2026 \(contestation\)\.$/)).toBeTruthy();
  });
});

describe('French typography of the pane', () => {
  it('writes one apostrophe, ’, in every French string of the pane', () => {
    const texts: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (typeof value === 'function') texts.push(String((value as (...args: string[]) => string)('x', 'y')));
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(paneStrings.fr);
    collect(settingsStrings.fr);
    expect(texts.filter((text) => /\p{L}'\p{L}/u.test(text))).toEqual([]);
  });
});
