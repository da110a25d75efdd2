// @vitest-environment jsdom
/** The Today tab: a client's invoices due today in one reminder, logged on each; the import; what awaits confirmation. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { LedgerEntry, MailMessage, RelanceSettings } from '../../../../src/core';
import { App, type AppProps } from '../../../../src/outlook/pane/App';
import { durand, durandInvoice, durandSecondInvoice, harper, harperInvoice, lumen } from '../../../../examples/sample-data';
import { fakeOperations } from '../../fakes/fake-operations';

afterEach(cleanup);

const settings: RelanceSettings = { sender: lumen, userEmail: lumen.email! };
const message: MailMessage = { id: 'AAMkOther=', subject: 'Réunion', body: 'Bonjour', from: { email: 'x@example.fr' }, to: [], cc: [], receivedOn: '2026-03-20', attachmentNames: [] };
const entry = (invoice: LedgerEntry['invoice'], client: LedgerEntry['client'], threadId?: string): LedgerEntry => ({ invoice, client, history: { sent: [] }, promises: [], ...(threadId ? { threadId } : {}) });

function renderToday(ops: AppProps['ops'], overrides: Partial<AppProps> = {}) {
  return render(<App ops={ops} settings={settings} language="fr" today="2026-04-08" view="today" compose={false} {...overrides} />);
}

describe('the Today tab', () => {
  it("drafts one reminder for a client's two overdue invoices, with both numbers and one total, logged on each", async () => {
    const ledger = { version: 1 as const, entries: [entry(durandInvoice, durand, 'AAQkDurand='), entry(durandSecondInvoice, durand), entry(harperInvoice, harper)] };
    const ops = fakeOperations({ message, ledger });
    renderToday(ops);
    const durandItem = (await screen.findByRole('heading', { name: durand.company })).closest('li') as HTMLElement;
    expect(durandItem.textContent).toContain('2\u00a0factures');
    expect(durandItem.textContent).toContain('5\u00a0610,50\u00a0€');
    fireEvent.click(within(durandItem).getByRole('button', { name: 'Rédiger la relance' }));
    await waitFor(() => expect(within(durandItem).getByRole('status').textContent).toBe(`Brouillon enregistré dans Brouillons pour ${durand.company}\u00a0; la relance est notée dans le journal de chaque facture.`));
    const [draft] = ops.calls.clientDrafts;
    expect(draft).toMatchObject({ to: durand.contact.email, inThread: 'AAQkDurand=' });
    expect(draft?.text).toContain(durandInvoice.number);
    expect(draft?.text).toContain(durandSecondInvoice.number);
    expect(draft?.text).toContain('5\u00a0610,50\u00a0€');
    // Drafted, not yet known sent: both invoices now wait for the user's "sent".
    const awaiting = await screen.findByRole('region', { name: 'À confirmer' });
    expect(within(awaiting).getAllByRole('button', { name: 'Oui, envoyé' })).toHaveLength(2);
    fireEvent.click(within(awaiting).getAllByRole('button', { name: 'Oui, envoyé' })[0]!);
    await waitFor(() => expect(ops.calls.confirmSent).toHaveLength(1));
  });

  it('imports an aged balance, asks nothing of known headers, and shows the new clients due today', async () => {
    const ops = fakeOperations({ message });
    renderToday(ops);
    await screen.findByText('Aucune relance à envoyer aujourd’hui.');
    const csv = ['Client;E-mail;N° facture;Date facture;Échéance;Montant TTC;Reste dû', 'Garage Morel SARL;compta@garage-morel.fr;F-77;01/02/2026;03/03/2026;1 200,00;1 200,00', 'Le Fournil;contact@fournil.fr;F-78;01/02/2026;03/03/2026;300,00;0,00'].join('\n');
    fireEvent.input(screen.getByLabelText('Contenu CSV'), { target: { value: csv } });
    fireEvent.click(screen.getByRole('button', { name: 'Lire le fichier' }));
    await waitFor(() => expect(screen.getByText(/nouvelles factures/).textContent).toBe('2\u00a0nouvelles factures, 0\u00a0mise à jour, 0\u00a0inchangée.'));
    fireEvent.click(screen.getByRole('button', { name: /^Suivre 2\sfactures$/ }));
    expect(await screen.findByRole('heading', { name: 'Garage Morel SARL' })).toBeTruthy();
    expect(screen.getByText(/^1\sfacture soldée\s: les relances s’arrêtent/)).toBeTruthy();
    // The zero balance is a payment: Le Fournil is thanked, not chased.
    const fournil = screen.getByRole('heading', { name: 'Le Fournil' }).closest('li') as HTMLElement;
    expect(fournil.textContent).toContain('Remerciement');
    expect(within(fournil).getByRole('button', { name: 'Rédiger le remerciement' })).toBeTruthy();
  });

  it('says what failed to load, and loads again on retry', async () => {
    const ops = fakeOperations({ message });
    let fail = true;
    const listFollowed = ops.listFollowed;
    ops.listFollowed = async () => {
      if (fail) throw new Error('offline');
      return listFollowed();
    };
    renderToday(ops);
    const alert = await screen.findByRole('alert');
    fail = false;
    fireEvent.click(within(alert).getByRole('button'));
    expect(await screen.findByText('Aucune relance à envoyer aujourd’hui.')).toBeTruthy();
  });

  it("asks for the contact an imported client's reminder greets, names what is wrong, then drafts", async () => {
    const imported = { company: 'Garage Morel SARL', contact: { lastName: '', email: 'compta@garage-morel.fr' } };
    const ops = fakeOperations({ message, ledger: { version: 1 as const, entries: [entry(durandInvoice, imported)] } });
    renderToday(ops);
    const section = await screen.findByRole('region', { name: 'Contacts à compléter' });
    fireEvent.click(within(section).getByText(/^Garage Morel SARL\s: compléter le contact$/));
    fireEvent.click(within(section).getByRole('button', { name: 'Enregistrer le contact' }));
    const lastName = within(section).getByLabelText('Nom du contact');
    await waitFor(() => expect(lastName.getAttribute('aria-invalid')).toBe('true'));
    fireEvent.input(lastName, { target: { value: 'Morel' } });
    fireEvent.input(within(section).getByLabelText(/^Civilité du contact/), { target: { value: 'M.' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Enregistrer le contact' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Contacts à compléter' })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Rédiger la relance' }));
    await waitFor(() => expect(ops.calls.clientDrafts).toHaveLength(1));
    expect(ops.calls.clientDrafts[0]?.text).toContain('Bonjour Monsieur Morel');
  });
});
