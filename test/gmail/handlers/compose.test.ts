import { describe, expect, it } from 'vitest';
import { handlers } from '../../../src/gmail/entry-points';
import { button, input, shownCard, textOf } from '../fakes/fake-card-service';
import { addonEvent } from '../fakes/fake-events';
import { fakeHost } from '../fakes/fake-host';
import { durandEntry, fieldsOf, followInvoice, storedLedger } from '../fakes/follow-invoice';

function openCompose(locale = 'fr') {
  const host = fakeHost();
  followInvoice(host, [durandEntry, { ...durandEntry, invoice: { ...durandEntry.invoice, number: 'F-2026-0200', dueDate: '2026-05-30' }, threadId: 'thread-2' }]);
  const [card] = handlers.onComposeInsertReminder(host, addonEvent({ locale })) as unknown[];
  return { host, card };
}

describe('"Insérer une relance / Insert reminder" in the compose window', () => {
  it('offers the followed invoices, the one due first, with its preview', () => {
    const { card } = openCompose();
    const picker = input(card, 'invoice') as unknown as { items: { value: string; selected: boolean }[] };
    expect(picker.items.map((item) => item.value)).toEqual(['', 'F-2026-0142', 'F-2026-0200']);
    expect(picker.items.find((item) => item.selected)?.value).toBe('F-2026-0142');
    expect(textOf(card)).toContain('première relance');
    button(card, 'Insérer la relance');
  });

  it('inserts the reminder into the open draft, subject and body, and logs the step', () => {
    const { host, card } = openCompose();
    const response = handlers.onInsertReminder(host, addonEvent({ form: fieldsOf(card) })) as Record<string, { kind: string; subject?: string; contents?: { content: string; contentType: string }[]; updateType?: string }>;
    expect(response.kind).toBe('UpdateDraftActionResponse');
    expect(response.updateDraftSubjectAction?.subject).toContain('F-2026-0142');
    expect(response.updateDraftBodyAction).toMatchObject({ updateType: 'IN_PLACE_INSERT', contents: [{ contentType: 'MUTABLE_HTML' }] });
    expect(response.updateDraftBodyAction?.contents?.[0]?.content).toMatch(/4\s860,00\s€/);
    expect(host.mail.drafts).toEqual([]);
    expect(storedLedger(host).entries.find((entry) => entry.invoice.number === 'F-2026-0142')?.events).toContainEqual({ kind: 'drafted', on: '2026-03-24', step: 'overdue-1' });
  });

  it('switches the form to the invoice picked', () => {
    const { host } = openCompose();
    const response = handlers.onChooseInvoice(host, addonEvent({ form: { invoice: 'F-2026-0200' }, parameters: { source: 'picker' } }));
    expect(input(shownCard(response), 'number')?.value).toBe('F-2026-0200');
  });

  it('inserts nothing when a field is wrong, and shows which', () => {
    const { host, card } = openCompose('en');
    const response = handlers.onInsertReminder(host, addonEvent({ locale: 'en', form: fieldsOf(card, { dueDate: 'soon' }) }));
    expect(textOf(shownCard(response))).toContain('due date: not a valid date');
    expect(storedLedger(host).entries.every((entry) => entry.history.sent.length === 0)).toBe(true);
  });

  it('inserts nothing when the log cannot record the step', () => {
    const { host, card } = openCompose();
    host.user.failNext = [new Error('You have exceeded the property storage quota. Please remove some properties and try again.')];
    const response = handlers.onInsertReminder(host, addonEvent({ form: fieldsOf(card) }));
    expect((response as { kind: string }).kind).toBe('ActionResponse');
    expect(textOf(shownCard(response))).toContain("L'espace de stockage du journal est plein");
  });
});
