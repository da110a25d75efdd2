import { describe, expect, it } from 'vitest';
import { handlers } from '../../../src/gmail/entry-points';
import { click } from '../fakes/click';
import { button, findAll, input, shownCard, textOf } from '../fakes/fake-card-service';
import { accessToken, addonEvent } from '../fakes/fake-events';
import { clientEmail, fakeHost, userEmail } from '../fakes/fake-host';
import { asFollowed, durandEntry, fieldsOf, followInvoice, storedLedger } from '../fakes/follow-invoice';

function openInvoice(locale = 'fr') {
  const host = fakeHost();
  followInvoice(host);
  const cards = handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-invoice', locale })) as unknown[];
  return { host, card: cards[0] };
}

describe('the card on an opened invoice message', () => {
  it('shows the invoice facts in an editable form, the plan and the preview', () => {
    const { host, card } = openInvoice();
    expect(host.mail.tokens).toEqual([accessToken]);
    expect(input(card, 'number')?.value).toBe('F-2026-0142');
    expect(input(card, 'dueDate')).toMatchObject({ kind: 'DatePicker', valueInMsSinceEpoch: Date.UTC(2026, 2, 16) });
    expect(input(card, 'email')?.value).toBe(clientEmail);
    const text = textOf(card);
    expect(text).toContain('Plan de relance');
    expect(text).toContain('première relance');
    expect(text).toContain('Aperçu');
    expect(text).toContain('F-2026-0142');
    expect(button(card, 'Créer le brouillon').onClickAction).toMatchObject({ functionName: 'onCreateDraft' });
    expect(button(card, 'Marquer pour suivi').onClickAction).toMatchObject({ functionName: 'onFlagFollowUp' });
  });

  it("speaks English when Gmail's locale is English", () => {
    const { card } = openInvoice('en-GB');
    const text = textOf(card);
    expect(text).toContain('Reminder plan');
    expect(text).toContain('Due date');
    button(card, 'Create draft');
    button(card, 'Flag for follow-up');
  });

  it('shows each wrong field with its own error, and offers no draft', () => {
    const { host, card } = openInvoice();
    const response = handlers.onPreview(host, addonEvent({ messageId: 'msg-invoice', ...fieldsOf(card, { dueDate: '', amount: 'beaucoup', email: 'claire@' }) }));
    const updated = shownCard(response);
    const text = textOf(updated);
    expect(text).toContain("date d’échéance\u00a0: obligatoire");
    expect(text).toContain('montant TTC\u00a0: nombre invalide');
    expect(text).toContain('e-mail du contact\u00a0: adresse e-mail invalide');
    expect(findAll(updated, 'TextButton').map((b) => b.text)).not.toContain('Créer le brouillon');
    const widgets = findAll(updated, 'CardSection').flatMap((section) => section.widgets as { kind: string; fieldName?: string; text?: string }[]);
    const dueIndex = widgets.findIndex((widget) => widget.fieldName === 'dueDate');
    expect(widgets[dueIndex + 1]?.text).toContain('obligatoire');
  });
});

describe('the call script', () => {
  it('is shown in the card for the user and never offered as a draft to the client', () => {
    const host = fakeHost({ now: '2026-04-15T10:00:00Z' });
    const contact = { ...durandEntry.client.contact, phone: '04 76 98 76 54' };
    followInvoice(host, [{ ...durandEntry, client: { ...durandEntry.client, contact }, history: { sent: [{ step: 'overdue-1', on: '2026-03-23' }, { step: 'overdue-2', on: '2026-03-31' }] } }]);
    const card = (handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-invoice', locale: 'fr' })) as unknown[])[0];
    const text = textOf(card);
    expect(text).toContain("Script d’appel");
    expect(text).toContain("il n’est jamais envoyé au client");
    expect(findAll(card, 'TextButton').map((b) => b.text)).not.toContain('Créer le brouillon');
  });
});

describe('"Créer le brouillon / Create draft"', () => {
  it("logs a drafted reminder as sent once the user's own message is in the thread, on the day it left", () => {
    const { host, card } = openInvoice();
    click(host, card, 'Créer le brouillon', { messageId: 'msg-invoice', ...fieldsOf(card) });
    handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-invoice' }));
    expect(storedLedger(host).entries[0]?.history.sent).toEqual([]);
    host.mail.addMessage({ id: 'msg-sent', threadId: 'thread-1', subject: 'RE: Facture F-2026-0142', body: 'Bonjour', from: `Sophie Martin <${userEmail}>`, to: `Claire Durand <${clientEmail}>`, date: new Date('2026-03-25T09:00:00Z') });
    handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-invoice' }));
    expect(storedLedger(host).entries[0]?.history.sent).toEqual([{ step: 'overdue-1', on: '2026-03-25' }]);
    expect(storedLedger(host).entries[0]?.events).toContainEqual({ kind: 'sent', on: '2026-03-25', step: 'overdue-1', seenIn: 'thread', messageId: 'msg-sent' });
  });

  it('logs the step as drafted and offers the draft to open, as an ordinary action Gmail lets answer with a card', () => {
    const { host, card } = openInvoice();
    expect(button(card, 'Créer le brouillon').composeAction).toBeUndefined();
    const response = click(host, card, 'Créer le brouillon', { messageId: 'msg-invoice', ...fieldsOf(card) });
    expect(response).toMatchObject({ kind: 'ActionResponse', stateChanged: true });
    expect(storedLedger(host).entries[0]?.events).toContainEqual({ kind: 'drafted', on: '2026-03-24', step: 'overdue-1' });
    expect(host.mail.drafts).toEqual([]);
    const ready = shownCard(response);
    expect(textOf(ready)).toMatch(/L’étape «\u00a0première relance\u00a0» est consignée au journal le 24 mars 2026/);
    expect(button(ready, 'Ouvrir le brouillon').composeAction).toMatchObject({ composedEmailType: 'REPLY_AS_DRAFT', action: { functionName: 'onOpenDraft' } });
  });

  it('then opens the reminder as a reply draft in the thread, as the preview showed it, and logs nothing more', () => {
    const { host, card } = openInvoice();
    const preview = textOf(card);
    const ready = shownCard(click(host, card, 'Créer le brouillon', { messageId: 'msg-invoice', ...fieldsOf(card) }));
    const response = click(host, ready, 'Ouvrir le brouillon', { messageId: 'msg-invoice' }) as unknown as { kind: string; gmailDraft: { getId(): string } };
    const [draft] = host.mail.liveDrafts();
    expect(response.kind).toBe('ComposeActionResponse');
    expect(response.gmailDraft.getId()).toBe(draft?.id);
    expect(draft).toMatchObject({ threadId: 'thread-1', inReplyTo: 'msg-invoice', subject: 'Re: Facture F-2026-0142 - Refonte du site web' });
    expect(draft?.to).toContain(clientEmail);
    expect(draft?.to).not.toContain(userEmail);
    expect(draft?.htmlBody).toContain('<p');
    expect(draft?.body).toContain('F-2026-0142');
    // The draft is written from the log as it stood before the step: it does not cite itself.
    expect(draft?.body).not.toContain('24 mars 2026');
    expect(preview).toContain(draft!.body.split('\n').find((line) => line.includes('F-2026-0142'))!.trim());
    const [entry] = storedLedger(host).entries;
    expect(entry?.events?.filter((event) => event.kind === 'drafted')).toEqual([{ kind: 'drafted', on: '2026-03-24', step: 'overdue-1' }]);
    expect(entry?.history.sent).toEqual([]);
  });

  it('shows the fields to fix instead of logging anything', () => {
    const { host, card } = openInvoice();
    const response = click(host, card, 'Créer le brouillon', { messageId: 'msg-invoice', ...fieldsOf(card, { amount: 'beaucoup' }) });
    expect(textOf(shownCard(response))).toContain('montant TTC\u00a0: nombre invalide');
    expect(storedLedger(host).entries[0]?.history.sent).toEqual([]);
  });

  it('logs nothing and offers no draft when the log cannot be saved, and says why', () => {
    const { host, card } = openInvoice();
    host.user.failNext = [new Error('Service error: PropertiesService')];
    const response = click(host, card, 'Créer le brouillon', { messageId: 'msg-invoice', ...fieldsOf(card) });
    expect(host.mail.liveDrafts()).toEqual([]);
    expect(storedLedger(host).entries[0]?.history.sent).toEqual([]);
    const shown = shownCard(response);
    expect(textOf(shown)).toContain('Le serveur de messagerie ne répond pas correctement');
    expect(findAll(shown, 'TextButton').map((b) => b.text)).not.toContain('Ouvrir le brouillon');
  });

  it("reports a draft Gmail refuses in the user's words, never as a card", () => {
    const { host, card } = openInvoice();
    const ready = shownCard(click(host, card, 'Créer le brouillon', { messageId: 'msg-invoice', ...fieldsOf(card) }));
    host.mail.failures.createDraftApi = new Error('Service invoked too many times in a short time: gmail');
    expect(() => click(host, ready, 'Ouvrir le brouillon', { messageId: 'msg-invoice' })).toThrow(/demande de patienter/);
    expect(host.logs.join('\n')).toContain('Service invoked too many times');
  });
});

describe('"Marquer pour suivi / Flag for follow-up"', () => {
  it('files the thread under the nested label Relance/À suivre, stars the message and logs the date', () => {
    const { host, card } = openInvoice();
    const response = handlers.onFlagFollowUp(host, addonEvent({ messageId: 'msg-invoice', ...fieldsOf(card) }));
    expect([...host.mail.labels]).toEqual(['Relance', 'Relance/À suivre']);
    expect(host.mail.labelsOf('thread-1')).toEqual(['Relance/À suivre']);
    expect(host.mail.starred.has('msg-invoice')).toBe(true);
    // the day the next step (the second reminder, D+15) falls due
    expect(storedLedger(host).entries[0]?.followUpOn).toBe('2026-03-31');
    expect(textOf(response)).toContain('Relance/À suivre');
    expect(response).toMatchObject({ stateChanged: true });
  });

  it('puts the log back as it was when Gmail refuses the label', () => {
    const { host, card } = openInvoice();
    host.mail.failures.addLabel = new Error('Service invoked too many times in a short time: gmail');
    const response = handlers.onFlagFollowUp(host, addonEvent({ messageId: 'msg-invoice', ...fieldsOf(card) }));
    expect(storedLedger(host).entries).toEqual([asFollowed(durandEntry)]);
    expect(host.mail.starred.size).toBe(0);
    expect(textOf(shownCard(response))).toContain('demande de patienter');
  });
});

describe('the amounts in the card’s form', () => {
  it('are written as the user writes numbers: "4 860,00" in French, "4,860.00" in English', () => {
    expect(input(openInvoice('fr').card, 'amount')?.value).toBe('4\u00a0860,00');
    expect(input(openInvoice('en').card, 'amount')?.value).toBe('4,860.00');
  });

  it('are read back to the same invoice when the user acts on the card', () => {
    const { host, card } = openInvoice();
    click(host, card, 'Marquer pour suivi', { messageId: 'msg-invoice', ...fieldsOf(card) });
    expect(storedLedger(host).entries[0]?.invoice.amount).toEqual({ value: 4860, currency: 'EUR' });
  });
});

describe('"Enregistrer le paiement / Record the payment"', () => {
  it('records the day the money arrived: the reminders stop and the card offers the thank-you note', () => {
    const { host, card } = openInvoice();
    expect(button(card, 'Enregistrer le paiement').onClickAction).toMatchObject({ functionName: 'onRecordPayment' });
    const fields = fieldsOf(card);
    const response = handlers.onRecordPayment(host, addonEvent({ messageId: 'msg-invoice', ...fields, dates: { ...fields.dates, paidOn: '2026-03-23' } }));
    expect(storedLedger(host).entries[0]?.history.paidOn).toBe('2026-03-23');
    const updated = shownCard(response);
    expect(textOf(updated)).toMatch(/remerciement/i);
    expect(textOf(response)).toContain('Paiement du 23 mars 2026 enregistré');
    expect(findAll(updated, 'TextButton').map((b) => b.text)).not.toContain('Enregistrer le paiement');
  });

  it('prefills the amount received with the balance as the user writes numbers, in French and in English', () => {
    expect(input(openInvoice('fr').card, 'paidAmount')?.value).toBe('4\u00a0860,00');
    expect(input(openInvoice('en').card, 'paidAmount')?.value).toBe('4,860.00');
  });

  it('takes less than the balance as a part payment: the reminders go on for the rest, the form lists the payment', () => {
    const { host, card } = openInvoice();
    const fields = fieldsOf(card, { paidAmount: '1 000,00' });
    const response = handlers.onRecordPayment(host, addonEvent({ messageId: 'msg-invoice', ...fields, dates: { ...fields.dates, paidOn: '2026-03-20' } }));
    const stored = storedLedger(host).entries[0];
    expect(stored?.history.paidOn).toBeUndefined();
    expect(stored?.history.partialPayments).toEqual([{ on: '2026-03-20', amount: { value: 1000, currency: 'EUR' } }]);
    expect(textOf(response)).toContain('Acompte de 1\u00a0000,00\u00a0€ du 20 mars 2026 enregistré\u00a0: les relances continuent pour le reste, 3\u00a0860,00\u00a0€.');
    const updated = shownCard(response);
    expect(textOf(updated)).not.toMatch(/remerciement/i);
    expect(findAll(updated, 'TextButton').map((b) => b.text)).toContain('Enregistrer le paiement');
    expect(input(updated, 'paidAmount')?.value).toBe('3\u00a0860,00');
    // Recording the rest settles the invoice: now the thank-you note.
    const rest = fieldsOf(updated);
    const settled = handlers.onRecordPayment(host, addonEvent({ messageId: 'msg-invoice', ...rest, dates: { ...rest.dates, paidOn: '2026-03-23' } }));
    expect(storedLedger(host).entries[0]?.history.paidOn).toBe('2026-03-23');
    expect(textOf(shownCard(settled))).toMatch(/remerciement/i);
  });

  it('refuses an amount received that is not a number, under the amount, keeping what was typed and the log', () => {
    const { host, card } = openInvoice('en');
    const fields = fieldsOf(card, { paidAmount: 'a thousand' });
    const response = handlers.onRecordPayment(host, addonEvent({ messageId: 'msg-invoice', locale: 'en', ...fields }));
    expect(storedLedger(host).entries).toEqual([asFollowed(durandEntry)]);
    const shown = shownCard(response);
    expect(textOf(shown)).toContain('amount received: not a valid number');
    expect(input(shown, 'paidAmount')?.value).toBe('a thousand');
  });

  it('refuses a payment dated after today and leaves the log as it was', () => {
    const { host, card } = openInvoice();
    const fields = fieldsOf(card);
    const response = handlers.onRecordPayment(host, addonEvent({ messageId: 'msg-invoice', ...fields, dates: { ...fields.dates, paidOn: '2026-03-30' } }));
    expect(storedLedger(host).entries).toEqual([asFollowed(durandEntry)]);
    expect(textOf(shownCard(response))).toContain("date du paiement\u00a0: ne peut pas être postérieure à aujourd’hui");
  });
});
