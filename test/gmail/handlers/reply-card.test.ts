import { describe, expect, it } from 'vitest';
import { handlers } from '../../../src/gmail/entry-points';
import { click } from '../fakes/click';
import { button, input, shownCard, textOf } from '../fakes/fake-card-service';
import { addonEvent } from '../fakes/fake-events';
import { clientEmail, fakeHost } from '../fakes/fake-host';
import { fieldsOf, followInvoice, storedLedger } from '../fakes/follow-invoice';

function openReply(locale = 'fr', followed = true) {
  const host = fakeHost({ now: '2026-04-02T10:00:00Z' });
  if (followed) followInvoice(host);
  const [card] = handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-reply', locale })) as unknown[];
  return { host, card };
}

function confirm(host: ReturnType<typeof fakeHost>, card: unknown, promiseDate = '2026-04-10') {
  const parameters = (button(card, 'Enregistrer la promesse').onClickAction as { parameters: Record<string, string> }).parameters;
  return handlers.onConfirmReply(host, addonEvent({ messageId: 'msg-reply', ...fieldsOf(card, { promiseDate }), parameters }));
}

describe("the card on a client's reply", () => {
  it('shows the reading: intent, promised date (editable), amount and the sentence that commits', () => {
    const { card } = openReply();
    const text = textOf(card);
    expect(text).toContain('Promesse de paiement');
    expect(text).toContain('4 860,00');
    expect(text).toContain('Le virement de 4 860,00 € partira le 10 avril.');
    expect(input(card, 'promiseDate')).toMatchObject({ kind: 'DatePicker', valueInMsSinceEpoch: Date.UTC(2026, 3, 10) });
    expect(text).toContain('F-2026-0142');
  });

  it('quotes the client’s sentence as each language quotes: « » with no-break spaces in French, “ ” in English', () => {
    expect(textOf(openReply('fr').card)).toMatch(/«\u00a0Le virement de 4\s860,00\s€ partira le 10 avril\.\u00a0»/);
    expect(textOf(openReply('en').card)).toMatch(/“Le virement de 4\s860,00\s€ partira le 10 avril\.”/);
  });

  it('logs the promise with the date as the user corrected it, files the thread under Relance/Promesse, and offers the answer', () => {
    const { host, card } = openReply();
    const response = confirm(host, card, '2026-04-15');
    const [entry] = storedLedger(host).entries;
    expect(entry?.promises).toMatchObject([{ id: 'msg-reply', date: '2026-04-15', loggedOn: '2026-04-02', evidence: 'Le virement de 4 860,00 € partira le 10 avril.' }]);
    expect(entry?.history.promise?.date).toBe('2026-04-15');
    expect(host.mail.labelsOf('thread-1')).toEqual(['Relance/Promesse']);
    const shown = shownCard(response);
    expect(textOf(shown)).toContain('15 avril 2026');
    expect(response).toMatchObject({ stateChanged: true });
    expect(button(shown, 'Créer la réponse').onClickAction).toMatchObject({ functionName: 'onCreateAnswerDraft', parameters: { invoice: 'F-2026-0142', intent: 'promise' } });
  });

  it('gives one entry and one promise when confirmed twice', () => {
    const { host, card } = openReply();
    confirm(host, card);
    confirm(host, card);
    const ledger = storedLedger(host);
    expect(ledger.entries).toHaveLength(1);
    expect(ledger.entries[0]?.promises).toHaveLength(1);
  });

  it('logs the offered answer, then opens it as a reply draft to the client', () => {
    const { host, card } = openReply();
    const confirmed = shownCard(confirm(host, card));
    const logged = click(host, confirmed, 'Créer la réponse', { messageId: 'msg-reply' });
    expect(logged).toMatchObject({ kind: 'ActionResponse', stateChanged: true });
    expect(host.mail.drafts).toEqual([]);
    const response = click(host, shownCard(logged), 'Ouvrir le brouillon', { messageId: 'msg-reply' });
    expect(response.kind).toBe('ComposeActionResponse');
    const [draft] = host.mail.liveDrafts();
    expect(draft).toMatchObject({ kind: 'reply', threadId: 'thread-1', inReplyTo: 'msg-reply' });
    expect(draft?.to).toContain(clientEmail);
    expect(storedLedger(host).entries[0]?.events).toContainEqual(expect.objectContaining({ kind: 'drafted', step: 'promise-ack' }));
  });

  it('asks for the missing invoice facts, field by field, before logging a reply on an unknown invoice', () => {
    const { host, card } = openReply('fr', false);
    const response = handlers.onConfirmReply(host, addonEvent({ messageId: 'msg-reply', ...fieldsOf(card, { dueDate: '', amount: '', promiseDate: '2026-04-10' }) }));
    const text = textOf(shownCard(response));
    expect(text).toContain("date d’échéance\u00a0: obligatoire");
    expect(storedLedger(host).entries).toEqual([]);
    expect(host.mail.labelsOf('thread-1')).toEqual([]);
  });

  it('puts the log back when Gmail refuses the label, so nothing is half-written', () => {
    const { host, card } = openReply();
    const before = storedLedger(host);
    host.mail.failures.addLabel = new Error('Service error: Gmail');
    const response = confirm(host, card);
    expect(storedLedger(host)).toEqual(before);
    expect(textOf(shownCard(response))).toContain('Relance\u00a0: action impossible');
  });
});
