import { describe, expect, it } from 'vitest';
import { matchAgedBalance, readAgedBalance, type Client, type FollowUpHistory, type Invoice } from '../../../src/core';

const today = '2026-12-03';
const morel: Client = { company: 'Garage Morel SARL', contact: { civility: 'Monsieur', lastName: 'Morel', email: 'compta@garage-morel.fr' } };
const eur = (value: number) => ({ value, currency: 'EUR' });
const f1: Invoice = { number: 'FA-2026-0118', issueDate: '2026-10-02', dueDate: '2026-11-01', amount: eur(4860) };
const logged: FollowUpHistory = { sent: [{ step: 'overdue-1', on: '2026-11-08' }] };

const csv = (balance: string) =>
  ['Client;N° de facture;Date facture;Échéance;Montant TTC;Reste dû', `Garage Morel SARL;FA-2026-0118;02/10/2026;01/11/2026;4 860,00;${balance}`, 'Garage Morel SARL;FA-2026-0131;15/10/2026;14/11/2026;1 200,00;1 200,00'].join('\n');

describe('importing an aged balance into the follow-up record', () => {
  it('adds invoices not yet followed and matches those already followed, never duplicating them', () => {
    const match = matchAgedBalance([{ invoice: f1, client: morel, history: logged }], readAgedBalance({ text: csv('4 860,00') }).rows, today);
    expect(match.added.map((record) => record.invoice.number)).toEqual(['FA-2026-0131']);
    expect(match.unchanged.map((record) => record.invoice.number)).toEqual(['FA-2026-0118']);
    expect(match.updated).toEqual([]);
  });

  it('brings a part payment from the accounting tool, keeping what the user logged', () => {
    const match = matchAgedBalance([{ invoice: f1, client: morel, history: logged }], readAgedBalance({ text: csv('2 000,00') }).rows, today);
    expect(match.updated).toHaveLength(1);
    expect(match.updated[0]?.after).toEqual({ invoice: { ...f1, amountDue: eur(2000) }, client: morel, history: logged });
  });

  it('marks a followed invoice paid when its balance is zero, so its reminders stop and the thank-you is due', () => {
    const match = matchAgedBalance([{ invoice: f1, client: morel, history: logged }], readAgedBalance({ text: csv('0,00') }).rows, today);
    expect(match.updated[0]?.after.history).toEqual({ ...logged, paidOn: today });
  });

  it('matches invoice numbers written differently by the tool and by the user', () => {
    const typed = { ...f1, number: 'fa-2026-0118' };
    const match = matchAgedBalance([{ invoice: typed, client: { ...morel, company: 'GARAGE MOREL SARL' }, history: logged }], readAgedBalance({ text: csv('4 860,00') }).rows, today);
    expect(match.added.map((record) => record.invoice.number)).toEqual(['FA-2026-0131']);
  });
});
