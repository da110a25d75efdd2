// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { matchAgedBalance, planToday, readAgedBalance, type Client, type TodayClient } from '../../../src/core';
import { ImportView } from '../../../src/outlook/pane/ImportView';
import { TodayView } from '../../../src/outlook/pane/TodayView';

afterEach(cleanup);

const today = '2026-12-03';
const morel: Client = { company: 'Garage Morel SARL', contact: { lastName: 'Morel', email: 'compta@garage-morel.fr' } };
const eur = (value: number) => ({ value, currency: 'EUR' });
const records = [
  { invoice: { number: 'F-1', issueDate: '2026-10-01', dueDate: '2026-11-13', amount: eur(1000) }, client: morel, history: { sent: [{ step: 'overdue-1' as const, on: '2026-11-20' }] } },
  { invoice: { number: 'F-2', issueDate: '2026-10-20', dueDate: '2026-11-26', amount: eur(4860) }, client: morel, history: { sent: [] } },
];

describe("the Today view", () => {
  it("shows each client's step, invoices and total, and drafts one reminder for all of them", async () => {
    const drafted: TodayClient[] = [];
    render(<TodayView plan={planToday({ records, today })} language="fr" onDraft={async (client) => void drafted.push(client)} />);
    expect(screen.getByRole('heading', { name: 'Garage Morel SARL' })).toBeTruthy();
    const client = screen.getByRole('heading', { name: 'Garage Morel SARL' }).parentElement?.textContent ?? '';
    expect(client).toContain('Deuxième relance · 2\u00a0factures · 5\u00a0860,00\u00a0€ · 20\u00a0jours de retard');
    fireEvent.click(screen.getByRole('button', { name: 'Rédiger la relance' }));
    expect(await screen.findByText('Brouillon créé pour Garage Morel SARL.')).toBeTruthy();
    expect(drafted[0]?.invoices.map((entry) => entry.invoice.number)).toEqual(['F-1', 'F-2']);
  });

  it('says when there is nothing to send, in English too', () => {
    render(<TodayView plan={planToday({ records: [], today })} language="en" onDraft={async () => undefined} />);
    expect(screen.getByText('No reminders to send today.')).toBeTruthy();
  });

  it('says what failed when a draft cannot be created, and keeps the button', async () => {
    render(<TodayView plan={planToday({ records, today })} language="en" onDraft={async () => Promise.reject(new Error('offline'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Draft the reminder' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Something unexpected went wrong.');
    expect(screen.getByRole('button', { name: 'Draft the reminder' })).toBeTruthy();
  });
});

describe('importing an aged balance in the pane', () => {
  const csv = ['Client;Pièce;Date;Payable le;Montant', 'Garage Morel SARL;F-1;01/10/2026;13/11/2026;1 000,00', 'Le Fournil;F-9;01/10/2026;31/02/2026;200,00', 'Le Fournil;F-10;01/10/2026;15/11/2026;300,00'].join('\n');

  it('asks for the column it does not know, lists the rows to fix, and follows the others', async () => {
    const imported: number[] = [];
    const read = async (input: Parameters<typeof readAgedBalance>[0]) => readAgedBalance(input);
    const preview = async (balance: ReturnType<typeof readAgedBalance>) => {
      const match = matchAgedBalance(records, balance.rows, today);
      return { added: match.added.length, updated: match.updated.length, unchanged: match.unchanged.length };
    };
    render(<ImportView language="fr" read={read} preview={preview} onImport={async (balance) => { imported.push(balance.rows.length); return preview(balance); }} />);
    fireEvent.input(screen.getByLabelText('Contenu CSV'), { target: { value: csv } });
    fireEvent.click(screen.getByRole('button', { name: 'Lire le fichier' }));
    const column = await screen.findByLabelText('Colonne « échéance »');
    fireEvent.change(column, { target: { value: 'Payable le' } });
    await waitFor(() => expect(screen.getByText(/Ligne 3, colonne « Payable le »/)).toBeTruthy());
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('1\u00a0nouvelle facture, 0\u00a0mise à jour, 1\u00a0inchangée.');
    fireEvent.click(screen.getByRole('button', { name: /^Suivre 1/ }));
    expect(await screen.findByText(/Import terminé/)).toBeTruthy();
    expect(imported).toEqual([2]);
  });
});
