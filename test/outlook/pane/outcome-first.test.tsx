// @vitest-environment jsdom
// The Relance tab leads with what Relance proposes; the data is below, folded, and asks only for what is missing.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyLedger, MailboxError, type MailMessage, type RelanceSettings } from '../../../src/core';
import { App, type AppProps } from '../../../src/outlook/pane/App';
import { lumen } from '../../../examples/sample-data';
import { fakeOperations } from '../fakes/fake-operations';
import { sampleEntry } from '../fakes/sample-entry';

afterEach(cleanup);

const N = '\u00a0';
const settings: RelanceSettings = { sender: lumen, userEmail: lumen.email! };
const invoiceMessage: MailMessage = {
  id: 'AAMkInvoice=',
  threadId: 'AAQkThread=',
  subject: 'Facture F-2026-0142',
  body: 'Bonjour Madame Durand, veuillez trouver la facture F-2026-0142.',
  from: { email: lumen.email!, name: lumen.name },
  to: [{ email: sampleEntry.client.contact.email, name: 'Claire Durand' }],
  cc: [],
  receivedOn: '2026-02-14',
  attachmentNames: ['F-2026-0142.pdf'],
};
const known = { version: 1 as const, entries: [sampleEntry] };

function renderApp(ops: AppProps['ops'], overrides: Partial<AppProps> = {}) {
  return render(<App ops={ops} settings={settings} language="fr" today="2026-03-23" view="remind" compose={false} {...overrides} />);
}

describe('the outcome card', () => {
  it('opens on the step, the invoice, the amount in French form, the days late and why, with the two actions; the data folded below', async () => {
    renderApp(fakeOperations({ message: invoiceMessage, ledger: known }));
    const card = await screen.findByRole('region', { name: /^À envoyer maintenant\s: première relance$/ });
    // "n° F-2026-0142" and "4 860,00 €" never break: no-break spaces, and the facts do not wrap.
    expect(card.textContent).toContain(`n°${N}F-2026-0142`);
    expect(card.textContent).toContain(`4${N}860,00${N}€`);
    expect([...card.querySelectorAll('dd.nowrap')].map((fact) => fact.textContent)).toEqual([`n°${N}F-2026-0142`, `4${N}860,00${N}€`]);
    expect(card.textContent).toMatch(/en retard de 7\sjours/);
    expect(within(card).getByRole('button', { name: 'Créer le brouillon' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Marquer pour suivi' })).toBeTruthy();
    const toggle = screen.getByRole('button', { name: 'Vérifier les données' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)?.hidden).toBe(true);
    // The card comes before the data in the page, so in the reading and Tab order too.
    expect(card.compareDocumentPosition(toggle) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)?.hidden).toBe(false);
  });

  it('says once that nothing is due today, never a second "nothing to send" line', async () => {
    renderApp(fakeOperations({ message: invoiceMessage, ledger: known }), { today: '2026-02-20' });
    await screen.findByRole('region', { name: 'Rien à envoyer aujourd’hui' });
    expect(document.body.textContent?.match(/Rien à envoyer|Aucune relance à envoyer/g)).toHaveLength(1);
  });

  it('shows in the preview the subject the reply-all draft will have', async () => {
    renderApp(fakeOperations({ message: invoiceMessage, ledger: known }));
    const preview = await screen.findByRole('region', { name: 'Aperçu' });
    expect(preview.textContent).toContain('Objet\u00a0: RE : Facture F-2026-0142');
  });
});

describe('the data, when something is missing', () => {
  const blank: MailMessage = { ...invoiceMessage, subject: 'Point projet', body: 'Bonjour, on se voit jeudi ?', attachmentNames: [] };

  it('opens by itself with a summary naming the missing fields, and no red field error before the user touches a field', async () => {
    renderApp(fakeOperations({ message: blank, ledger: emptyLedger() }));
    const summary = await screen.findByText(/^Il manque des données pour écrire la relance/);
    expect(summary.textContent).toContain('numéro de facture');
    expect(summary.textContent).toContain('montant');
    expect(screen.getByRole('button', { name: 'Vérifier les données' }).getAttribute('aria-expanded')).toBe('true');
    expect(document.querySelectorAll('.field-error')).toHaveLength(0);
    expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Créer le brouillon' })).toBeNull();
  });

  it('says an empty amount is missing, not an invalid number, once the user has touched it', async () => {
    renderApp(fakeOperations({ message: blank, ledger: emptyLedger() }));
    const amount = await screen.findByLabelText(/^Montant/);
    fireEvent.blur(amount);
    await waitFor(() => expect(amount.getAttribute('aria-invalid')).toBe('true'));
    const error = document.getElementById(amount.getAttribute('aria-describedby')!)!;
    expect(error.textContent).toMatch(/obligatoire/);
    expect(error.textContent).not.toMatch(/nombre invalide/);
  });
});

describe('errors and the draft’s success', () => {
  it('after a draft, a Graph 503 on the flag says the draft is ready and only the follow-up failed, offers a retry, and keeps the draft’s message', async () => {
    const ops = fakeOperations({ message: invoiceMessage, ledger: known, flagErrors: [new MailboxError('server-error', 'graph 503'), undefined] });
    renderApp(ops);
    fireEvent.click(await screen.findByRole('button', { name: 'Créer le brouillon' }));
    await screen.findByText(/ouvert en réponse à tous/);
    fireEvent.click(screen.getByRole('button', { name: 'Marquer pour suivi' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Le brouillon est prêt\u00a0; le suivi n’a pas pu être posé.');
    expect(screen.getByRole('status').textContent).toContain('ouvert en réponse à tous');
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    await waitFor(() => expect(ops.calls.flag).toHaveLength(2));
    expect(await screen.findByText(/Catégorie|marqué pour suivi|gardée dans le journal/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers no retry where trying again cannot work (an unknown message)', async () => {
    const ops = fakeOperations({ message: invoiceMessage, ledger: known, flagErrors: [new MailboxError('item-not-found')] });
    renderApp(ops);
    fireEvent.click(await screen.findByRole('button', { name: 'Marquer pour suivi' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Le message n’est pas marqué et le journal est inchangé.');
    expect(within(alert).queryByRole('button', { name: 'Réessayer' })).toBeNull();
  });

  it('marks the pane busy with a spinner while an action runs, then moves focus to its result', async () => {
    const ops = fakeOperations({ message: invoiceMessage, ledger: known });
    renderApp(ops);
    fireEvent.click(await screen.findByRole('button', { name: 'Créer le brouillon' }));
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-busy')).toBe('true');
    expect(panel.querySelector('.spinner')).toBeTruthy();
    const status = await screen.findByRole('status');
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(panel.getAttribute('aria-busy')).toBe('false');
    expect(status.getAttribute('tabindex')).toBe('-1');
  });
});

describe('the tabs and headings', () => {
  it('has a level-one heading and follows the WAI-ARIA tab pattern: roving tabindex, arrows, Home and End, aria-controls', async () => {
    renderApp(fakeOperations({ message: invoiceMessage, ledger: known }));
    await screen.findByRole('button', { name: 'Créer le brouillon' });
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.getAttribute('tabindex'))).toEqual(['0', ...tabs.slice(1).map(() => '-1')]);
    const panel = screen.getByRole('tabpanel');
    expect(tabs[0]!.getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[0]!.id);
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowRight' });
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Réponse du client' }).getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Réponse du client' }));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Paramètres'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Relance'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Paramètres'));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Relance'));
    expect(screen.getAllByRole('tab').filter((tab) => tab.getAttribute('tabindex') === '0')).toHaveLength(1);
  });
});
