import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../../src/core';
import { handlers } from '../../../src/gmail/entry-points';
import { click } from '../fakes/click';
import { type Built, button, findAll, input, shownCard, textOf } from '../fakes/fake-card-service';
import { addonEvent } from '../fakes/fake-events';
import { fakeHost } from '../fakes/fake-host';
import { asFollowed, durandEntry, fieldsOf, followInvoice, storedLedger } from '../fakes/follow-invoice';

const euros = (value: number) => ({ value, currency: 'EUR' });

/** The Durand invoice with 1 000 € already received on 10 March: 3 860 € still due. */
const partlyPaid: LedgerEntry = {
  ...durandEntry,
  invoice: { ...durandEntry.invoice, amountDue: euros(3860) },
  history: { sent: [], partialPayments: [{ on: '2026-03-10', amount: euros(1000) }] },
};

function openInvoice(entry: LedgerEntry = durandEntry, locale = 'fr') {
  const host = fakeHost();
  followInvoice(host, [entry]);
  const [card] = handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-invoice', locale })) as unknown[];
  return { host, card };
}

/** The card's widgets top to bottom, to check what sits under what. */
const widgetsOf = (card: unknown) => findAll(card, 'CardSection').flatMap((section) => section.widgets as Built[]);

/** The names of the card's inputs, text and date alike, top to bottom. */
const inputNames = (card: unknown) => widgetsOf(card).filter((widget) => widget.kind === 'TextInput' || widget.kind === 'DatePicker').map((widget) => String(widget.fieldName));

function textUnder(card: unknown, fieldName: string): string | undefined {
  const widgets = widgetsOf(card);
  const next = widgets[widgets.findIndex((widget) => widget.fieldName === fieldName) + 1];
  return next?.kind === 'TextParagraph' ? (next.text as string) : undefined;
}

describe('part payments in the invoice form of the Gmail card', () => {
  it('shows each payment logged, then an empty line for the next, right after the amounts', () => {
    const { card } = openInvoice(partlyPaid);
    const names = inputNames(card);
    const amountDue = names.indexOf('amountDue');
    expect(names.slice(amountDue, amountDue + 6)).toEqual(['amountDue', 'payment_0_on', 'payment_0_amount', 'payment_1_on', 'payment_1_amount', 'currency']);
    expect(input(card, 'payment_0_on')).toMatchObject({ kind: 'DatePicker', title: "Date de l’acompte 1", valueInMsSinceEpoch: Date.UTC(2026, 2, 10) });
    expect(input(card, 'payment_0_amount')).toMatchObject({ title: "Montant de l’acompte 1", value: '1\u00a0000,00' });
    expect(input(card, 'payment_1_on')).toMatchObject({ kind: 'DatePicker', title: "Date de l’acompte 2" });
    expect(input(card, 'payment_1_on')?.valueInMsSinceEpoch).toBeUndefined();
    expect(input(card, 'payment_1_amount')?.value).toBe('');
    const text = textOf(card);
    expect(text).toContain('Acomptes reçus');
    expect(text).toContain('les pénalités courent sur le solde restant dû après chaque règlement');
    expect(text).toMatch(/après votre règlement de 1\s000,00\s€, il reste 3\s860,00\s€ à payer/);
  });

  it('offers one empty line when nothing was paid yet, in English for an English Gmail', () => {
    const { card } = openInvoice(durandEntry, 'en');
    expect(inputNames(card).filter((name) => name.startsWith('payment_'))).toEqual(['payment_0_on', 'payment_0_amount']);
    expect(input(card, 'payment_0_on')).toMatchObject({ kind: 'DatePicker', title: 'Date of part payment 1' });
    expect(input(card, 'payment_0_on')?.valueInMsSinceEpoch).toBeUndefined();
    expect(input(card, 'payment_0_amount')?.title).toBe('Amount of part payment 1');
    expect(textOf(card)).toContain('Part payments received');
    expect(textOf(card)).toContain('interest runs on the balance outstanding after each payment');
  });

  it('keeps a payment typed in the empty line when the preview is updated, and offers the next line', () => {
    const { host, card } = openInvoice(partlyPaid);
    const response = handlers.onPreview(host, addonEvent({ messageId: 'msg-invoice', ...fieldsOf(card, { amountDue: '', payment_1_on: '2026-03-20', payment_1_amount: '860' }) }));
    const updated = shownCard(response);
    expect(input(updated, 'payment_1_on')?.valueInMsSinceEpoch).toBe(Date.UTC(2026, 2, 20));
    expect(input(updated, 'payment_1_amount')?.value).toBe('860');
    expect(input(updated, 'payment_2_on')?.valueInMsSinceEpoch).toBeUndefined();
    expect(textOf(updated)).toMatch(/il reste 3\s000,00\s€ à payer/);
  });

  it('shows a wrong payment line with its error under it, and creates no draft', () => {
    const { host, card } = openInvoice();
    const hostile = '<img src=x onerror=alert(1)>';
    const response = handlers.onCreateDraft(host, addonEvent({ messageId: 'msg-invoice', ...fieldsOf(card, { payment_0_on: '2026-04-01', payment_0_amount: hostile }) }));
    expect(host.mail.liveDrafts()).toEqual([]);
    expect(storedLedger(host).entries).toEqual([asFollowed(durandEntry)]);
    const updated = shownCard(response);
    expect(textUnder(updated, 'payment_0_on')).toContain("date de l’acompte 1\u00a0: ne peut pas être postérieure à aujourd’hui");
    expect(textUnder(updated, 'payment_0_amount')).toContain("montant de l’acompte 1\u00a0: nombre invalide");
    expect(findAll(updated, 'TextButton').map((widget) => widget.text)).not.toContain('Créer le brouillon');
    // What the user typed comes back as the input's value, never as card markup.
    expect(input(updated, 'payment_0_amount')?.value).toBe(hostile);
    expect(findAll(updated, 'TextParagraph').some((paragraph) => String(paragraph.text).includes('<img'))).toBe(false);
  });

  it('says under the payments when together they pay the whole invoice', () => {
    const { host, card } = openInvoice(durandEntry, 'en');
    const response = handlers.onPreview(
      host,
      addonEvent({ locale: 'en', messageId: 'msg-invoice', ...fieldsOf(card, { payment_0_on: '2026-03-10', payment_0_amount: '4000', payment_1_on: '2026-03-20', payment_1_amount: '860' }) }),
    );
    const updated = shownCard(response);
    // Under the group: after the empty line offered for a third payment.
    expect(textUnder(updated, 'payment_2_amount')).toContain('part payments received: cover the whole invoice; if it is settled, record it as paid');
  });

  it('logs a payment typed in the card with the reminder it drafts, and the balance it leaves', () => {
    const { host, card } = openInvoice();
    const ready = shownCard(click(host, card, 'Créer le brouillon', { messageId: 'msg-invoice', ...fieldsOf(card, { payment_0_on: '2026-03-20', payment_0_amount: '860,00' }) }));
    click(host, ready, 'Ouvrir le brouillon', { messageId: 'msg-invoice' });
    const [draft] = host.mail.liveDrafts();
    expect(draft?.body).toMatch(/après votre règlement de 860,00\s€, il reste 4\s000,00\s€ à payer/);
    const [entry] = storedLedger(host).entries;
    expect(entry?.history.partialPayments).toEqual([{ on: '2026-03-20', amount: euros(860) }]);
    expect(entry?.invoice.amountDue).toEqual(euros(4000));
    // and the next card shows it back
    const [reopened] = handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-invoice' })) as unknown[];
    expect(input(reopened, 'payment_0_amount')?.value).toBe('860,00');
  });

  it('removes a logged payment the user emptied', () => {
    const { host, card } = openInvoice(partlyPaid);
    handlers.onCreateDraft(host, addonEvent({ messageId: 'msg-invoice', ...fieldsOf(card, { amountDue: '', payment_0_on: '', payment_0_amount: '' }) }));
    const [entry] = storedLedger(host).entries;
    expect(entry?.events).toContainEqual({ kind: 'drafted', on: '2026-03-24', step: 'overdue-1' });
    expect(entry?.history.partialPayments).toBeUndefined();
    expect(entry?.invoice.amountDue).toBeUndefined();
  });
});

describe('part payments in the compose window', () => {
  it('shows the payments of the invoice picked and keeps them in the log when the reminder is inserted', () => {
    const host = fakeHost();
    followInvoice(host, [partlyPaid]);
    handlers.onComposeInsertReminder(host, addonEvent({}));
    const card = shownCard(handlers.onChooseInvoice(host, addonEvent({ form: { invoice: partlyPaid.invoice.number }, parameters: { source: 'picker' } })));
    expect(input(card, 'payment_0_on')?.valueInMsSinceEpoch).toBe(Date.UTC(2026, 2, 10));
    expect(input(card, 'payment_1_on')?.valueInMsSinceEpoch).toBeUndefined();
    button(card, 'Insérer la relance');
    const response = handlers.onInsertReminder(host, addonEvent({ ...fieldsOf(card) })) as { updateDraftBodyAction?: { contents?: { content: string }[] } };
    expect(response.updateDraftBodyAction?.contents?.[0]?.content).toMatch(/il reste 3\s860,00\s€ à payer/);
    expect(storedLedger(host).entries[0]?.history.partialPayments).toEqual([{ on: '2026-03-10', amount: euros(1000) }]);
  });
});
