import { describe, expect, it } from 'vitest';
import {
  describeError,
  exportRecords,
  followUpCsv,
  type FollowUpRecord,
  importRecords,
  isSettled,
  keyOf,
  prepareArchive,
  removeArchived,
  restoreRecords,
  runStoreSync,
  withEvent,
} from '../../../src/core';
import { MemoryFollowUpStore } from '../fakes/memory-follow-up-store';
import { sampleRecord } from '../fakes/follow-up-samples';
import { errorOf } from '../support/error-of';

const paidAndThanked = (n: number): FollowUpRecord =>
  [
    { kind: 'payment-received' as const, on: '2026-04-10', amount: { value: 1250.5 + n, currency: 'EUR' }, means: 'virement' },
    { kind: 'drafted' as const, on: '2026-04-11', step: 'thank-you' as const },
  ].reduce(withEvent, sampleRecord(n));

function storeWith(records: FollowUpRecord[]): MemoryFollowUpStore {
  const store = new MemoryFollowUpStore();
  for (const record of records) store.put(keyOf(record), record);
  return store;
}

describe('archive and restore', () => {
  it('archives only settled records: paid and thanked, or stopped', () => {
    expect(isSettled(sampleRecord(1))).toBe(false);
    expect(isSettled(withEvent(sampleRecord(1), { kind: 'payment-received', on: '2026-04-10' }))).toBe(false);
    expect(isSettled(paidAndThanked(1))).toBe(true);
    expect(isSettled(withEvent(sampleRecord(1), { kind: 'stopped', on: '2026-04-10', note: 'Passé au recouvrement' }))).toBe(true);
  });

  it('exports every settled record with its whole history, then removes them, and an import restores them exactly', () => {
    const settled = [paidAndThanked(1), paidAndThanked(2)];
    const open = sampleRecord(3);
    const store = storeWith([...settled, open]);
    const archive = prepareArchive(store.list(), '2026-04-12');
    const outcome = runStoreSync(removeArchived(archive.items), store);
    expect(outcome.removed.sort()).toEqual(settled.map(keyOf).sort());
    expect(store.list().records.map(({ key }) => key)).toEqual([keyOf(open)]);

    const imported = importRecords(archive.file);
    const restored = runStoreSync(restoreRecords(imported), store);
    expect(restored.restored.sort()).toEqual(settled.map(keyOf).sort());
    for (const record of settled) expect(store.get(keyOf(record)).record).toEqual(record);
  });

  it('keeps a record that changed after it was exported instead of removing it', () => {
    const store = storeWith([paidAndThanked(1)]);
    const archive = prepareArchive(store.list(), '2026-04-12');
    const key = keyOf(paidAndThanked(1));
    store.put(key, withEvent(store.get(key).record!, { kind: 'replied', on: '2026-04-12' }));
    expect(runStoreSync(removeArchived(archive.items), store)).toEqual({ removed: [], changedSince: [key] });
    expect(store.get(key).record).toBeDefined();
  });

  it('leaves a record that exists again with other facts as it is, and says so', () => {
    const record = paidAndThanked(1);
    const file = exportRecords([{ key: keyOf(record), record }], '2026-04-12');
    const changed = withEvent(record, { kind: 'replied', on: '2026-04-13' });
    const store = storeWith([changed]);
    expect(runStoreSync(restoreRecords(importRecords(file)), store)).toEqual({ restored: [], alreadyThere: [], keptAsStored: [keyOf(record)] });
    expect(store.get(keyOf(record)).record).toEqual(changed);
  });

  it('refuses a file that is not an export, or a record in it that is not one, naming it, and imports nothing', () => {
    expect(errorOf(() => importRecords('date;client\n')).code).toBe('invalid-import');
    const record = paidAndThanked(1);
    const file = JSON.parse(exportRecords([{ key: keyOf(record), record }, { key: keyOf(record), record }], '2026-04-12')) as { records: { record: unknown }[] };
    (file.records[1]!.record as { events: unknown[] }).events.push({ kind: 'teleported', on: '2026-04-12' });
    const error = errorOf(() => importRecords(JSON.stringify(file)));
    expect(error.issues).toEqual([{ field: 'records[1]', problem: 'unreadable' }]);
    expect(describeError(error, 'fr')).toEqual({
      title: "Ce fichier n’est pas une sauvegarde du journal de Relance que cette version sait lire\u00a0: rien n’a été importé.",
      details: ['suivi n°\u00a02\u00a0: illisible'],
    });
  });
});

describe('the log as CSV', () => {
  const record: FollowUpRecord = [
    { kind: 'phone-call' as const, on: '2026-03-26', outcome: 'left-message' as const },
    { kind: 'dispute' as const, on: '2026-03-27', evidence: '=HYPERLINK("http://evil.example","cliquez")' },
    { kind: 'documents-asked' as const, on: '2026-03-28', evidence: '+33 6 00 00 00 00 rappelez-moi' },
    { kind: 'plan-asked' as const, on: '2026-03-29', evidence: '@SUM(A1)' },
    { kind: 'payment-announced' as const, on: '2026-03-30', evidence: '-1' },
    { kind: 'payment-received' as const, on: '2026-04-02', partial: true, amount: { value: 500, currency: 'EUR' } },
  ].reduce(withEvent, sampleRecord(4));

  it('has one row per event, every kind, not only promises', () => {
    const lines = followUpCsv([record], 'fr').trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + record.events.length);
    for (const label of ['Brouillon préparé', 'Relance envoyée', 'Appel', 'Promesse de paiement', 'Contestation', 'Documents demandés', 'Échéancier demandé', 'Paiement annoncé', 'Paiement reçu']) {
      expect(lines.some((line) => line.includes(`"${label}"`))).toBe(true);
    }
    expect(lines.find((line) => line.includes('Appel'))).toContain('"message laissé"');
    expect(lines.find((line) => line.includes('Paiement reçu'))).toContain('"500,00";"EUR";"acompte"');
  });

  it('writes each amount with its currency’s own decimals, so a KWD fils is not rounded away nor a yen given cents', () => {
    const paidIn = (value: number, currency: string) =>
      withEvent({ ...sampleRecord(5), invoice: { ...sampleRecord(5).invoice, amount: { value: value * 2, currency } } }, { kind: 'payment-received', on: '2026-04-02', partial: true, amount: { value, currency } });
    const row = (value: number, currency: string, language: 'fr' | 'en') => followUpCsv([paidIn(value, currency)], language).split('\r\n').find((line) => line.includes('"KWD"') || line.includes('"JPY"'));
    expect(row(1.234, 'KWD', 'fr')).toContain('"1,234";"KWD"');
    expect(row(1.234, 'KWD', 'en')).toContain('"1.234","KWD"');
    expect(row(150000, 'JPY', 'fr')).toContain('"150000";"JPY"');
  });

  it('neutralises what a spreadsheet would run as a formula', () => {
    const csv = followUpCsv([record], 'en');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""cliquez"")"`);
    expect(csv).toContain(`"'+33 6 00 00 00 00 rappelez-moi"`);
    expect(csv).toContain(`"'@SUM(A1)"`);
    expect(csv).toContain(`"'-1"`);
    expect(csv).not.toMatch(/(^|[,;])"[=+@-]/m);
  });
});
