import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../../src/core';
import { handlers } from '../../../src/gmail/entry-points';
import { click } from '../fakes/click';
import { button, findAll, input, shownCard, textOf } from '../fakes/fake-card-service';
import { addonEvent } from '../fakes/fake-events';
import { fakeHost } from '../fakes/fake-host';
import { durandEntry, fieldsOf, followInvoice, storedLedger } from '../fakes/follow-invoice';

const invoice = (number: string, dueDate: string, value: number): LedgerEntry => ({
  ...durandEntry,
  invoice: { number, issueDate: '2026-02-20', dueDate, amount: { value, currency: 'EUR' } },
  threadId: `thread-${number}`,
  messageId: `msg-${number}`,
});

function openWithOthers(locale = 'fr') {
  const host = fakeHost();
  followInvoice(host, [durandEntry, invoice('F-2026-0150', '2026-03-20', 1200), invoice('F-2026-0161', '2026-04-30', 300), { ...invoice('F-2026-0120', '2026-02-28', 90), history: { sent: [], paidOn: '2026-03-01' } }]);
  const card = (handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-invoice', locale })) as unknown[])[0];
  return { host, card };
}

describe("a client's other open invoices in the message card's reminder", () => {
  it('lists them with a box each, the overdue ones ticked, and writes the ticked ones into the reminder with one total', () => {
    const { card } = openWithOthers();
    const boxes = input(card, 'otherInvoices');
    expect(boxes).toMatchObject({ kind: 'SelectionInput', type: 'CHECK_BOX' });
    const items = boxes?.items as { text: string; value: string; selected: boolean }[];
    expect(items.map((item) => [item.value, item.selected])).toEqual([
      ['F-2026-0150', true],
      ['F-2026-0161', false],
    ]);
    expect(items[0]?.text).toMatch(/^F-2026-0150 · 1\s200,00\s€ · échue le 20\smars\s2026$/);
    const preview = textOf(card);
    expect(preview).toContain('F-2026-0150');
    expect(preview).toContain('6\u00a0060,00\u00a0€');
    expect(preview).not.toContain('F-2026-0120');
  });

  it('drafts and logs the ticked invoices together, and leaves out those unticked', () => {
    const { host, card } = openWithOthers();
    const fields = fieldsOf(card);
    const ready = shownCard(click(host, card, 'Créer le brouillon', { messageId: 'msg-invoice', ...fields, form: { ...fields.form, otherInvoices: 'F-2026-0161' } }));
    const preview = textOf(findAll(ready, 'CardSection'));
    expect(preview).toContain('F-2026-0161');
    expect(preview).not.toContain('F-2026-0150');
    click(host, ready, 'Ouvrir le brouillon', { messageId: 'msg-invoice' });
    const [draft] = host.mail.liveDrafts();
    expect(draft?.body).toContain('F-2026-0142');
    expect(draft?.body).toContain('F-2026-0161');
    expect(draft?.body).not.toContain('F-2026-0150');
    // Not yet due: listed in its own part, and not added to what is demanded.
    expect(draft?.body).toMatch(/pas encore échue[^.]*F-2026-0161/);
    const drafted = storedLedger(host).entries.filter((entry) => entry.events?.some((event) => event.kind === 'drafted')).map((entry) => entry.invoice.number);
    expect(drafted.sort()).toEqual(['F-2026-0142', 'F-2026-0161']);
  });

  it('takes every box ticked, not only the first', () => {
    const { host, card } = openWithOthers();
    const fields = fieldsOf(card);
    const preview = shownCard(click(host, card, 'Mettre à jour l’aperçu', { messageId: 'msg-invoice', ...fields, form: { ...fields.form, otherInvoices: ['F-2026-0150', 'F-2026-0161'] } }));
    const items = input(preview, 'otherInvoices')?.items as { value: string; selected: boolean }[];
    expect(items.every((item) => item.selected)).toBe(true);
    const text = textOf(findAll(preview, 'CardSection').find((section) => textOf(section).includes('Aperçu')));
    expect(text).toContain('F-2026-0150');
    expect(text).toContain('F-2026-0161');
  });

  it('writes the reminder alone when every box is unticked, in English too', () => {
    const { host, card } = openWithOthers('en');
    const preview = shownCard(click(host, card, 'Update preview', { messageId: 'msg-invoice', locale: 'en', ...fieldsOf(card) }));
    expect(input(preview, 'otherInvoices')?.title).toBe("This client's other open invoices");
    const reminder = findAll(preview, 'CardSection').find((section) => textOf(section).includes('Preview'));
    expect(textOf(reminder)).not.toContain('F-2026-0150');
    expect(button(preview, 'Create draft')).toBeDefined();
  });
});
