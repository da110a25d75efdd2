import { describe, expect, it } from 'vitest';
import { encodeRecord, type LedgerEntry } from '../../../src/core';
import { recordFromEntry } from '../../../src/core/follow-up/migrate-ledger';
import { reservedBytes, storeLimitBytes } from '../../../src/gmail/adapter/user-properties-follow-up-store';
import { handlers } from '../../../src/gmail/entry-points';
import { click } from '../fakes/click';
import { button, findAll, shownCard, textOf } from '../fakes/fake-card-service';
import { addonEvent } from '../fakes/fake-events';
import { type FakeHost, fakeHost, userEmail } from '../fakes/fake-host';
import { durandEntry, followInStore, followInvoice } from '../fakes/follow-invoice';

const promised = (number: string, date: string, paidOn?: string): LedgerEntry => ({
  ...durandEntry,
  invoice: { ...durandEntry.invoice, number },
  history: { sent: [{ step: 'overdue-1', on: '2026-03-23' }], ...(paidOn ? { paidOn } : {}) },
  promises: [{ id: `reply-${number}`, invoiceNumbers: [number], date, loggedOn: '2026-03-20', evidence: `Paiement de ${number} le ${date}` }],
});

function home(entries: LedgerEntry[], locale = 'fr', seed: (host: FakeHost, entries: LedgerEntry[]) => void = followInvoice) {
  const host = fakeHost({ now: '2026-04-20T10:00:00Z' });
  seed(host, entries);
  const [card] = handlers.onHomepage(host, addonEvent({ locale })) as unknown[];
  return { host, card };
}

describe('the homepage', () => {
  it('shows the promise log, kept, pending and broken, and the follow-ups due', () => {
    const { card } = home([promised('F-1', '2026-04-01', '2026-04-02'), promised('F-2', '2026-04-25'), promised('F-3', '2026-04-05'), durandEntry]);
    const text = textOf(card);
    expect(text).toContain('1 tenue · 1 en attente · 1 non tenue');
    expect(findAll(card, 'DecoratedText').map((row) => row.bottomLabel)).toEqual(
      expect.arrayContaining([expect.stringContaining('tenue'), expect.stringContaining('en attente'), expect.stringContaining('non tenue')]),
    );
    expect(text).toContain("À relancer aujourd’hui");
    expect(text).toContain('F-2026-0142');
  });

  it('says so, in English too, while the log storage is nearly full, and offers the export', () => {
    const filler = 'x'.repeat(2000);
    const entries: LedgerEntry[] = [];
    // Each record as stored, with its property name: 85 % of the store.
    for (let i = 0, bytes = 0; bytes < (storeLimitBytes - reservedBytes) * 0.85; i += 1) {
      const entry = { ...promised(`F-${i}`, '2026-04-25'), invoice: { ...durandEntry.invoice, number: `F-${i}`, description: filler } };
      entries.push(entry);
      bytes += JSON.stringify(encodeRecord(recordFromEntry(entry))).length + 60;
    }
    const { card } = home(entries, 'en', followInStore);
    expect(textOf(card)).toContain("The log is nearing Gmail's storage limit");
    expect(button(card, 'Export the log (CSV)').composeAction).toMatchObject({ composedEmailType: 'STANDALONE_DRAFT' });
  });

  it('shows every event of the log, filtered, in pages under the 100 widgets Gmail allows a section', () => {
    const entries = Array.from({ length: 150 }, (_, i) => promised(`F-${i}`, '2026-04-25'));
    const { host, card } = home(entries, 'fr', followInStore);
    const text = textOf(card);
    expect(text).toContain('Journal');
    expect(text).toContain('Relance envoyée · première relance');
    expect(text).toContain('Page 1\u00a0sur 8 · 300 événements');
    expect(text).toContain('… et 110 autres promesses');
    const next = button(card, 'Suivants').onClickAction as { functionName: string; parameters: Record<string, string> };
    expect(next).toMatchObject({ functionName: 'onShowLog', parameters: { filter: 'all', page: '1' } });
    const second = handlers.onShowLog(host, addonEvent({ parameters: { filter: 'reminders', page: '3' } }));
    const shown = textOf(shownCard(second));
    expect(shown).toContain('Page 4\u00a0sur 4 · 150 événements');
    expect(shown).not.toContain('Promesse de paiement ·');
  });

  it('exports the log as a CSV file attached to a draft to the user', () => {
    const { host, card } = home([promised('F-2', '2026-04-25')]);
    const response = click(host, card, 'Exporter le journal (CSV)');
    expect(response.kind).toBe('ComposeActionResponse');
    const [draft] = host.mail.liveDrafts();
    expect(draft?.to).toBe(userEmail);
    expect(draft?.attachments).toHaveLength(1);
    const file = draft!.attachments[0]!;
    expect(file).toMatchObject({ name: 'relance-promesses-2026-04-20.csv', contentType: 'text/csv' });
    expect(file.data.startsWith('\uFEFF"Client";"Contact";"Facture";"Date";"Événement"')).toBe(true);
    expect(file.data).toContain('"F-2";"2026-03-20";"Promesse de paiement";"";"2026-04-25"');
    expect(file.data).toContain('"F-2";"2026-03-23";"Relance envoyée";"première relance"');
  });

  it('shows company names and invoice numbers as text, whatever they hold', () => {
    const hostile = { ...durandEntry.client, company: 'Durand & Fils <b>SAS</b>' };
    const entry = (number: string, date: string): LedgerEntry => ({ ...promised(number, date), client: hostile });
    // The fake CardService refuses a label holding markup: building the card is the first check.
    const { card } = home([entry('F-<i>9</i>', '2026-04-25'), { ...durandEntry, client: hostile, invoice: { ...durandEntry.invoice, number: 'F-&-1' } }]);
    const labels = findAll(card, 'DecoratedText').map((row) => String(row.topLabel));
    expect(labels).toContain('Durand &amp; Fils &lt;b&gt;SAS&lt;/b&gt; · F-&lt;i&gt;9&lt;/i&gt;');
    // Today lists the client once, its step on top and its invoices below.
    const today = findAll(card, 'DecoratedText').find((row) => String(row.text).startsWith('F-&amp;-1 · '));
    expect(today?.topLabel).toMatch(/^Durand &amp; Fils &lt;b&gt;SAS&lt;\/b&gt; · /);
  });

  it("reports an export Gmail refuses in the user's words, never as a card", () => {
    const { host, card } = home([promised('F-2', '2026-04-25')]);
    host.mail.failures.createDraft = new Error('Service error: Gmail');
    expect(() => click(host, card, 'Exporter le journal (CSV)')).toThrow(/serveur de messagerie ne répond pas correctement/);
    expect(host.mail.liveDrafts()).toEqual([]);
  });
});
