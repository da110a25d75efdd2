import { describe, expect, it } from 'vitest';
import { encodeRecord, type LedgerEntry } from '../../../src/core';
import { recordFromEntry } from '../../../src/core/follow-up/migrate-ledger';
import { reservedBytes, storeLimitBytes } from '../../../src/gmail/adapter/user-properties-follow-up-store';
import { pasteLimit } from '../../../src/gmail/event/today-fields';
import { handlers } from '../../../src/gmail/entry-points';
import { click } from '../fakes/click';
import { findAll, input, shownCard, textOf } from '../fakes/fake-card-service';
import { addonEvent } from '../fakes/fake-events';
import { type FakeHost, fakeHost } from '../fakes/fake-host';
import { durandEntry, followInStore, storedLedger } from '../fakes/follow-invoice';
import { agedBalance40 } from '../fakes/aged-balance-40';

function read(host: FakeHost, form: Record<string, string>, locale = 'fr') {
  return shownCard(handlers.onReadAgedBalance(host, addonEvent({ locale, form })));
}

function follow(host: FakeHost, card: unknown, label: string, form: Record<string, string>, locale = 'fr') {
  return click(host, card, label, { locale, form });
}

describe('importing an aged balance in Gmail', () => {
  it('asks which column holds what when a header is not recognised, then reads the rows', () => {
    const host = fakeHost({ now: '2026-04-20T10:00:00Z' });
    const text = 'Code;Client;Échéance;Montant TTC;Date facture\nX-1;Garage Morel;06/04/2026;120,00;06/03/2026\nX-2;Garage Morel;13/04/2026;80,00;13/03/2026';
    const first = read(host, { agedBalance: text });
    expect(textOf(first)).toMatch(/Ligne 1, colonne «\snuméro de facture\s»\s: colonne introuvable, à choisir ci-dessous/);
    const dropdown = input(first, 'agedBalanceColumn.number');
    expect(dropdown).toMatchObject({ kind: 'SelectionInput', type: 'DROPDOWN', title: 'Colonne «\u00a0numéro de facture\u00a0»' });
    expect((dropdown?.items as { value: string }[]).map((item) => item.value)).toEqual(['', 'Code', 'Client', 'Échéance', 'Montant TTC', 'Date facture']);
    expect(findAll(first, 'TextButton').map((each) => each.text)).not.toContain('Suivre 2\u00a0factures');

    const mapped = read(host, { agedBalance: text, 'agedBalanceColumn.number': 'Code' });
    expect(textOf(mapped)).toContain('2\u00a0nouvelles factures');
    // The choice is kept on the card for the click that follows.
    expect((input(mapped, 'agedBalanceColumn.number')?.items as { value: string; selected: boolean }[]).find((item) => item.selected)?.value).toBe('Code');
    follow(host, mapped, 'Suivre 2\u00a0factures', { agedBalance: text, 'agedBalanceColumn.number': 'Code' });
    expect(storedLedger(host).entries.map((entry) => entry.invoice.number).sort()).toEqual(['X-1', 'X-2']);
  });

  it('names each row it cannot follow by line and column, and follows the others', () => {
    const host = fakeHost({ now: '2026-04-20T10:00:00Z' });
    const text = [
      'Client;N° de facture;Date facture;Échéance;Montant TTC;Email',
      'Garage Morel;FA-1;06/03/2026;06/04/2026;120,00;compta@morel.fr',
      'Garage Morel;FA-2;06/03/2026;31/02/2026;80,00;compta@morel.fr',
      'Cabinet Roche;FA-3;06/03/2026;06/04/2026;douze;pas-une-adresse',
    ].join('\n');
    const card = read(host, { agedBalance: text });
    const shown = textOf(card);
    expect(shown).toContain('2\u00a0lignes à corriger (non importées)');
    expect(shown).toMatch(/Ligne 3, colonne «\sÉchéance\s»\s: date illisible/);
    expect(shown).toMatch(/Ligne 4, colonne «\sMontant TTC\s»\s: montant illisible/);
    expect(shown).toMatch(/Ligne 4, colonne «\sEmail\s»\s: adresse e-mail invalide/);
    follow(host, card, 'Suivre 1\u00a0facture', { agedBalance: text });
    expect(storedLedger(host).entries.map((entry) => entry.invoice.number)).toEqual(['FA-1']);
  });

  it('shows what a client wrote as text, in English too', () => {
    const host = fakeHost({ now: '2026-04-20T10:00:00Z' });
    const text = 'Customer;Invoice number;Invoice date;Due date;Amount;Currency\n<b>Acme</b> & Co;INV-1;2026-03-06;2026-02-06;120.00;GBP';
    const card = read(host, { agedBalance: text }, 'en');
    expect(textOf(card)).toContain('Line 2, column "Due date": due date before the invoice date');
    expect(textOf(card)).toContain('Paste here the CSV export');
    expect(textOf(card)).toContain('Gmail cards cannot upload files');
  });

  it('matches rows already followed, never duplicating them, and takes the balance the accounts know', () => {
    const host = fakeHost({ now: '2026-04-20T10:00:00Z' });
    const text = agedBalance40();
    follow(host, read(host, { agedBalance: text }), 'Suivre 40\u00a0factures', { agedBalance: text });
    const again = read(host, { agedBalance: text });
    expect(textOf(again)).toContain('0\u00a0nouvelle facture, 0\u00a0mise à jour, 40\u00a0inchangées.');
    expect(textOf(again)).toContain('Rien à importer');
    const partlyPaid = text.replace('Garage Morel SARL;FA-0-0;06/03/2026;06/04/2026;1000,50;1000,50', 'Garage Morel SARL;FA-0-0;06/03/2026;06/04/2026;1000,50;400,00');
    expect(partlyPaid).not.toBe(text);
    const changed = read(host, { agedBalance: partlyPaid });
    expect(textOf(changed)).toContain('0\u00a0nouvelle facture, 1\u00a0mise à jour, 39\u00a0inchangées.');
    follow(host, changed, 'Suivre 1\u00a0facture', { agedBalance: partlyPaid });
    const entries = storedLedger(host).entries;
    expect(entries).toHaveLength(40);
    expect(entries.find((entry) => entry.invoice.number === 'FA-0-0')?.invoice.amountDue).toEqual({ value: 400, currency: 'EUR' });
  });

  it('reads the store again inside the lock: rows another window followed meanwhile are matched, not duplicated', () => {
    const host = fakeHost({ now: '2026-04-20T10:00:00Z' });
    const text = agedBalance40();
    const card = read(host, { agedBalance: text });
    // Another click imported the same file between this card and the click on it.
    handlers.onImportAgedBalance(host, addonEvent({ form: { agedBalance: text } }));
    const response = follow(host, card, 'Suivre 40\u00a0factures', { agedBalance: text });
    expect(textOf(response)).toContain('Import terminé\u00a0: 0\u00a0facture ajoutée, 0\u00a0mise à jour.');
    expect(storedLedger(host).entries).toHaveLength(40);
    expect(host.locks.lockFor(0).hasLock()).toBe(false);
  });

  it('refuses a paste longer than the store could ever hold, before reading it', () => {
    const host = fakeHost({ now: '2026-04-20T10:00:00Z' });
    const text = `${agedBalance40()}\n${'Garage Morel SARL;FA-9;06/03/2026;06/04/2026;1,00;1,00;\n'.repeat(Math.ceil(pasteLimit / 50))}`;
    const card = read(host, { agedBalance: text });
    expect(textOf(card)).toMatch(/Le texte collé fait [\d\u00a0]+\u00a0caractères\u00a0: au-delà de 300\u00a0000, ses factures ne tiendraient pas/);
    expect(findAll(card, 'TextButton').some((each) => String(each.text).startsWith('Suivre'))).toBe(false);
    handlers.onImportAgedBalance(host, addonEvent({ form: { agedBalance: text } }));
    expect(storedLedger(host).entries).toEqual([]);
  });

  it('refuses, whole, an import that does not fit in what is left of the store', () => {
    const host = fakeHost({ now: '2026-04-20T10:00:00Z' });
    // The store nearly full with invoices already followed: 99.5 % of what records may use.
    const filler = 'x'.repeat(2000);
    const entries: LedgerEntry[] = [];
    for (let i = 0, bytes = 0; bytes < (storeLimitBytes - reservedBytes) * 0.995; i += 1) {
      const entry = { ...durandEntry, invoice: { ...durandEntry.invoice, number: `F-${i}`, description: filler } };
      entries.push(entry);
      bytes += JSON.stringify(encodeRecord(recordFromEntry(entry))).length + 40;
    }
    followInStore(host, entries);
    const text = agedBalance40();
    const card = read(host, { agedBalance: text });
    expect(textOf(card)).toMatch(/Ces factures demandent [\d,]+\u00a0Ko de stockage Gmail, il en reste [\d,]+\u00a0Ko\. Rien n’a été importé/);
    expect(findAll(card, 'TextButton').some((each) => String(each.text).startsWith('Suivre'))).toBe(false);
    const response = handlers.onImportAgedBalance(host, addonEvent({ form: { agedBalance: text } }));
    expect(textOf(response)).toContain('Rien n’a été importé');
    expect(storedLedger(host).entries).toHaveLength(entries.length);
  });

  it('refuses, whole, a row whose record key another spelling of its client already holds, naming the line', () => {
    const host = fakeHost({ now: '2026-04-20T10:00:00Z' });
    followInStore(host, [{ ...durandEntry, client: { ...durandEntry.client, company: 'Garage Morel SA' }, invoice: { ...durandEntry.invoice, number: 'FA-1' } }]);
    const text = 'Client;N° de facture;Date facture;Échéance;Montant TTC\nCabinet Roche;FA-7;06/03/2026;06/04/2026;50,00\nGarage Morel S.A.;FA-1;06/03/2026;06/04/2026;120,00';
    const card = read(host, { agedBalance: text });
    expect(textOf(card)).toContain('Ligne 3\u00a0: une facture de ce client porte déjà ce numéro sous une autre écriture du nom. Rien n’a été importé');
    handlers.onImportAgedBalance(host, addonEvent({ form: { agedBalance: text } }));
    expect(storedLedger(host).entries.map((entry) => entry.invoice.number)).toEqual(['FA-1']);
  });

  it('refuses, whole, a row too long for one Gmail property, naming the line', () => {
    const host = fakeHost({ now: '2026-04-20T10:00:00Z' });
    const text = `Client;N° de facture;Date facture;Échéance;Montant TTC\nCabinet Roche;FA-7;06/03/2026;06/04/2026;50,00\nGarage ${'Morel '.repeat(2000)};FA-1;06/03/2026;06/04/2026;120,00`;
    const card = read(host, { agedBalance: text });
    expect(textOf(card)).toContain('Ligne 3\u00a0: la facture est trop longue pour être enregistrée dans Gmail (9\u00a0Ko au plus). Rien n’a été importé.');
    handlers.onImportAgedBalance(host, addonEvent({ form: { agedBalance: text } }));
    expect(storedLedger(host).entries).toEqual([]);
  });

  it('puts every record back when Gmail fails the write, and says why', () => {
    const host = fakeHost({ now: '2026-04-20T10:00:00Z' });
    const text = agedBalance40();
    const card = read(host, { agedBalance: text });
    host.user.failNext = [new Error('Service invoked too many times for one day: properties write.')];
    const response = follow(host, card, 'Suivre 40\u00a0factures', { agedBalance: text });
    expect(textOf(response)).toContain('relance-error');
    expect(storedLedger(host).entries).toEqual([]);
    expect(host.locks.lockFor(0).hasLock()).toBe(false);
  });

  it('removes what a failed write left behind: Apps Script does not say a failed setProperties wrote nothing', () => {
    const host = fakeHost({ now: '2026-04-20T10:00:00Z' });
    const text = agedBalance40();
    const card = read(host, { agedBalance: text });
    // The unkindest case: half the records written, then the service fails.
    const properties = host.userProperties as unknown as { setProperties: (values: Record<string, string>) => unknown };
    properties.setProperties = (values) => {
      for (const [key, value] of Object.entries(values).slice(0, 20)) host.user.setProperty(key, value);
      throw new Error('Service error: properties');
    };
    const response = follow(host, card, 'Suivre 40\u00a0factures', { agedBalance: text });
    expect(textOf(response)).toContain('relance-error');
    expect(storedLedger(host).entries).toEqual([]);
  });
});
