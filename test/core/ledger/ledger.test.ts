import { describe, expect, it } from 'vitest';
import { emptyLedger, followUpsDue, ledgerCapacity, promiseRows, toCsv, findEntry, type LedgerEntry, type PromiseRecord } from '../../../src/core';
import { logPromise } from '../../../src/core/ledger/log-promise';
import { upsertEntry } from '../../../src/core/ledger/upsert-entry';
import { durand, durandInvoice } from '../../../examples/sample-data';

const entry: LedgerEntry = { invoice: durandInvoice, client: durand, history: { sent: [{ step: 'overdue-1', on: '2026-03-23' }] }, promises: [] };
const promise: PromiseRecord = { id: 'reply-1', invoiceNumbers: ['F-2026-0142'], date: '2026-04-10', loggedOn: '2026-04-02', evidence: 'Le virement partira le 10 avril.' };

describe('the promise log', () => {
  it('keeps one record when the same reply is confirmed twice', () => {
    const once = logPromise(entry, promise);
    const twice = logPromise(once, { ...promise, date: '2026-04-12' });
    expect(twice.promises).toHaveLength(1);
    expect(twice.history.promise).toEqual({ date: '2026-04-12', loggedOn: '2026-04-02' });
  });

  it('keeps every promise of different replies, and the latest pauses the reminders', () => {
    const first = logPromise(entry, promise);
    const second = logPromise(first, { ...promise, id: 'reply-2', date: '2026-04-30', loggedOn: '2026-04-15' });
    expect(second.promises.map((record) => record.id)).toEqual(['reply-1', 'reply-2']);
    expect(second.history.promise?.date).toBe('2026-04-30');
  });

  it('tells kept, pending and broken promises apart', () => {
    const logged = logPromise(entry, promise);
    const ledger = upsertEntry(emptyLedger(), logged);
    expect(promiseRows(ledger, '2026-04-12')[0]?.status).toBe('pending');
    expect(promiseRows(ledger, '2026-04-14')[0]?.status).toBe('broken');
    const paid = upsertEntry(ledger, { ...logged, history: { ...logged.history, paidOn: '2026-04-11' } });
    expect(promiseRows(paid, '2026-05-01')[0]?.status).toBe('kept');
  });

  it('finds an invoice whatever way its number is typed', () => {
    const ledger = upsertEntry(emptyLedger(), entry);
    expect(findEntry(ledger, 'n° f-2026-0142')).toBeDefined();
    expect(findEntry(ledger, 'F-2026-0143')).toBeUndefined();
  });

  it('exports a promised amount with its currency’s own decimals (three for KWD, none for the yen)', () => {
    const promised = (value: number, currency: string) => logPromise({ ...entry, invoice: { ...durandInvoice, amount: { value, currency } } }, { ...promise, amount: { value, currency } });
    const amountCells = (value: number, currency: string, language: 'fr' | 'en') => toCsv(promiseRows(upsertEntry(emptyLedger(), promised(value, currency)), '2026-04-05'), language).split('\r\n')[1]!.split(language === 'fr' ? ';' : ',').slice(3, 5);
    expect(amountCells(1234.567, 'KWD', 'fr')).toEqual(['"1234,567"', '"KWD"']);
    expect(amountCells(1234.567, 'KWD', 'en')).toEqual(['"1234.567"', '"KWD"']);
    expect(amountCells(150000, 'JPY', 'fr')).toEqual(['"150000"', '"JPY"']);
  });

  it('exports CSV a spreadsheet opens safely: quoted cells, no formula from client text', () => {
    const hostile = logPromise(entry, { ...promise, evidence: '=HYPERLINK("http://evil","clic") "quoted"' });
    const csv = toCsv(promiseRows(upsertEntry(emptyLedger(), hostile), '2026-04-05'), 'fr');
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('"Client";"Contact";"Factures";"Montant";"Devise";"Date promise";"Enregistrée le";"Statut";"Citation"');
    expect(row).toBe(
      `"Boulangeries Durand SAS";"c.durand@boulangeries-durand.fr";"F-2026-0142";"4860,00";"EUR";"2026-04-10";"2026-04-02";"en attente";"'=HYPERLINK(""http://evil"",""clic"") ""quoted"""`,
    );
  });

  // OWASP "CSV Injection": spreadsheets trim leading blanks and read full-width signs as formulas.
  it.each([
    ['a leading space', ' =1+1'],
    ['a no-break space', '\u00a0=1+1'],
    ['a zero-width space', '\u200b=1+1'],
    ['a byte-order mark', '\ufeff@SUM(A1)'],
    ['a line feed', '\n=1+1'],
    ['a full-width equals sign', '\uff1dHYPERLINK("http://evil")'],
    ['spaces before a plus', '   +33 6 12 34 56 78'],
  ])('neutralises a formula behind %s in client text', (_case, evidence) => {
    const hostile = logPromise(entry, { ...promise, evidence });
    const row = toCsv(promiseRows(upsertEntry(emptyLedger(), hostile), '2026-04-05'), 'en').split('\r\n')[1]!;
    expect(row.endsWith(`,"'${evidence.replace(/"/g, '""')}"`)).toBe(true);
  });

  it('leaves ordinary text that merely contains a sign as it is', () => {
    const calm = logPromise(entry, { ...promise, evidence: 'Paiement le 10 avril = promis' });
    const row = toCsv(promiseRows(upsertEntry(emptyLedger(), calm), '2026-04-05'), 'fr').split('\r\n')[1]!;
    expect(row.endsWith(';"Paiement le 10 avril = promis"')).toBe(true);
  });

  it('says when the storage is nearly full, before it is full', () => {
    const ledger = upsertEntry(emptyLedger(), entry);
    const size = ledgerCapacity(ledger, 1_000_000).usedBytes;
    expect(ledgerCapacity(ledger, size * 2).level).toBe('ok');
    expect(ledgerCapacity(ledger, Math.ceil(size / 0.85)).level).toBe('nearly-full');
    expect(ledgerCapacity(ledger, size).level).toBe('full');
  });

  it('lists the follow-ups due today', () => {
    const ledger = upsertEntry(emptyLedger(), entry);
    expect(followUpsDue(ledger, '2026-03-31')).toEqual([
      expect.objectContaining({ invoiceNumber: 'F-2026-0142', step: 'overdue-2', on: '2026-03-31' }),
    ]);
    expect(followUpsDue(ledger, '2026-03-25')).toEqual([]);
  });
});
