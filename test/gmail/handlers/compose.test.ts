import { describe, expect, it } from 'vitest';
import { handlers } from '../../../src/gmail/entry-points';
import { click } from '../fakes/click';
import { button, input, shownCard, textOf } from '../fakes/fake-card-service';
import { addonEvent, composeEvent } from '../fakes/fake-events';
import { clientEmail, fakeHost } from '../fakes/fake-host';
import { durandEntry, fieldsOf, followInvoice, storedLedger } from '../fakes/follow-invoice';

type Picker = { items: { text: string; value: string; selected: boolean }[] };

function openCompose(locale = 'fr', recipients?: string[]) {
  const host = fakeHost();
  followInvoice(host, [durandEntry, { ...durandEntry, invoice: { ...durandEntry.invoice, number: 'F-2026-0200', dueDate: '2026-05-30' }, threadId: 'thread-2' }]);
  const [card] = handlers.onComposeInsertReminder(host, composeEvent({ locale, ...(recipients ? { toRecipients: recipients } : {}) })) as unknown[];
  return { host, card };
}

/** The compose card after the user picked a followed invoice in its dropdown. */
function pick(host: ReturnType<typeof fakeHost>, number: string, locale = 'fr') {
  return shownCard(handlers.onChooseInvoice(host, addonEvent({ locale, form: { invoice: number }, parameters: { source: 'picker' } })));
}

describe('"Insérer une relance / Insert reminder" in the compose window', () => {
  it('lists the followed invoices, those due first, and chooses none: Gmail does not say whom the draft is to', () => {
    // The user already typed the Durand contact as recipient; under draftAccess NONE the add-on cannot see it.
    const { card } = openCompose('fr', [clientEmail]);
    const picker = input(card, 'invoice') as unknown as Picker;
    expect(picker.items.map((item) => item.value)).toEqual(['', 'F-2026-0142', 'F-2026-0200']);
    expect(picker.items.filter((item) => item.selected).map((item) => item.value)).toEqual(['']);
    const text = textOf(card);
    expect(text).toContain('Choisissez la facture à relancer');
    expect(text).not.toContain('Aperçu');
    expect(input(card, 'number')?.value).toBe('');
  });

  it('shows the invoice picked, its plan and preview', () => {
    const { host } = openCompose();
    const picked = pick(host, 'F-2026-0142');
    expect((input(picked, 'invoice') as unknown as Picker).items.find((item) => item.selected)?.value).toBe('F-2026-0142');
    expect(input(picked, 'number')?.value).toBe('F-2026-0142');
    expect(textOf(picked)).toContain('première relance');
    button(picked, 'Insérer la relance');
  });

  it('inserts the reminder into the open draft, subject and body, and logs the step', () => {
    const { host } = openCompose();
    const picked = pick(host, 'F-2026-0142');
    const response = click(host, picked, 'Insérer la relance', fieldsOf(picked)) as unknown as Record<
      string,
      { kind: string; subject?: string; contents?: { content: string; contentType: string }[]; updateType?: string }
    >;
    expect(response.kind).toBe('UpdateDraftActionResponse');
    expect(response.updateDraftSubjectAction?.subject).toContain('F-2026-0142');
    expect(response.updateDraftBodyAction).toMatchObject({ updateType: 'IN_PLACE_INSERT', contents: [{ contentType: 'MUTABLE_HTML' }] });
    expect(response.updateDraftBodyAction?.contents?.[0]?.content).toMatch(/4\s860,00\s€/);
    expect(host.mail.drafts).toEqual([]);
    expect(storedLedger(host).entries.find((entry) => entry.invoice.number === 'F-2026-0142')?.events).toContainEqual({ kind: 'drafted', on: '2026-03-24', step: 'overdue-1' });
  });

  it('switches the form to the invoice picked', () => {
    const { host } = openCompose();
    expect(input(pick(host, 'F-2026-0200'), 'number')?.value).toBe('F-2026-0200');
  });

  it('inserts nothing when a field is wrong, and shows which', () => {
    const { host } = openCompose('en');
    const picked = pick(host, 'F-2026-0142', 'en');
    const response = click(host, picked, 'Insert reminder', { locale: 'en', ...fieldsOf(picked, { amount: 'soon' }) });
    expect(textOf(shownCard(response))).toContain('amount: not a valid number');
    expect(storedLedger(host).entries.every((entry) => entry.history.sent.length === 0)).toBe(true);
  });

  it('inserts nothing when the log cannot record the step', () => {
    const { host } = openCompose();
    const picked = pick(host, 'F-2026-0142');
    host.user.failNext = [new Error('You have exceeded the property storage quota. Please remove some properties and try again.')];
    const response = click(host, picked, 'Insérer la relance', fieldsOf(picked));
    expect(response.kind).toBe('ActionResponse');
    expect(textOf(shownCard(response))).toContain("L’espace de stockage du journal est plein");
  });
});
