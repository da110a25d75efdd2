import { describe, expect, it } from 'vitest';
import { handlers } from '../../../src/gmail/entry-points';
import { button, findAll, input, shownCard, textOf } from '../fakes/fake-card-service';
import { accessToken, addonEvent } from '../fakes/fake-events';
import { clientEmail, fakeHost } from '../fakes/fake-host';
import { durandEntry, fieldsOf, followInvoice, storedLedger } from '../fakes/follow-invoice';

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
    expect(input(card, 'dueDate')?.value).toBe('2026-03-16');
    expect(input(card, 'email')?.value).toBe(clientEmail);
    const text = textOf(card);
    expect(text).toContain('Plan de relance');
    expect(text).toContain('première relance');
    expect(text).toContain('Aperçu');
    expect(text).toContain('F-2026-0142');
    expect(button(card, 'Créer le brouillon').composeAction).toMatchObject({ composedEmailType: 'REPLY_AS_DRAFT', action: { functionName: 'onCreateDraft' } });
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
    const response = handlers.onPreview(host, addonEvent({ messageId: 'msg-invoice', form: fieldsOf(card, { dueDate: '2026-13-45', amount: 'beaucoup', email: 'claire@' }) }));
    const updated = shownCard(response);
    const text = textOf(updated);
    expect(text).toContain("date d'échéance : date invalide");
    expect(text).toContain('montant TTC : nombre invalide');
    expect(text).toContain('e-mail du contact : adresse e-mail invalide');
    expect(findAll(updated, 'TextButton').map((b) => b.text)).not.toContain('Créer le brouillon');
    const widgets = findAll(updated, 'CardSection').flatMap((section) => section.widgets as { kind: string; fieldName?: string; text?: string }[]);
    const dueIndex = widgets.findIndex((widget) => widget.fieldName === 'dueDate');
    expect(widgets[dueIndex + 1]?.text).toContain('date invalide');
  });
});

describe('the call script', () => {
  it('is shown in the card for the user and never offered as a draft to the client', () => {
    const host = fakeHost({ now: '2026-04-15T10:00:00Z' });
    const contact = { ...durandEntry.client.contact, phone: '04 76 98 76 54' };
    followInvoice(host, [{ ...durandEntry, client: { ...durandEntry.client, contact }, history: { sent: [{ step: 'overdue-1', on: '2026-03-23' }, { step: 'overdue-2', on: '2026-03-31' }] } }]);
    const card = (handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-invoice', locale: 'fr' })) as unknown[])[0];
    const text = textOf(card);
    expect(text).toContain("Script d'appel");
    expect(text).toContain("il n'est jamais envoyé au client");
    expect(findAll(card, 'TextButton').map((b) => b.text)).not.toContain('Créer le brouillon');
  });
});

describe('"Créer le brouillon / Create draft"', () => {
  it('creates the reminder as a reply draft in the thread, opens it, and logs the step', () => {
    const { host, card } = openInvoice();
    const response = handlers.onCreateDraft(host, addonEvent({ messageId: 'msg-invoice', form: fieldsOf(card) })) as { kind: string; gmailDraft: { getId(): string } };
    const [draft] = host.mail.liveDrafts();
    expect(response.kind).toBe('ComposeActionResponse');
    expect(response.gmailDraft.getId()).toBe(draft?.id);
    expect(draft).toMatchObject({ kind: 'reply-all', threadId: 'thread-1', inReplyTo: 'msg-invoice' });
    expect(draft?.to).toContain(clientEmail);
    expect(draft?.htmlBody).toContain('<p');
    expect(draft?.body).toContain('F-2026-0142');
    const [entry] = storedLedger(host).entries;
    expect(entry?.history.sent).toEqual([{ step: 'overdue-1', on: '2026-03-24' }]);
  });

  it('leaves no draft behind when the log cannot be saved, and says why', () => {
    const { host, card } = openInvoice();
    host.user.failNext = [new Error('Service error: PropertiesService')];
    const response = handlers.onCreateDraft(host, addonEvent({ messageId: 'msg-invoice', form: fieldsOf(card) }));
    expect(host.mail.liveDrafts()).toEqual([]);
    expect(storedLedger(host).entries[0]?.history.sent).toEqual([]);
    expect(textOf(shownCard(response))).toContain('Le serveur de messagerie ne répond pas correctement');
  });
});

describe('"Marquer pour suivi / Flag for follow-up"', () => {
  it('files the thread under the nested label Relance/À suivre, stars the message and logs the date', () => {
    const { host, card } = openInvoice();
    const response = handlers.onFlagFollowUp(host, addonEvent({ messageId: 'msg-invoice', form: fieldsOf(card) }));
    expect([...host.mail.labels]).toEqual(['Relance', 'Relance/À suivre']);
    expect(host.mail.labelsOf('thread-1')).toEqual(['Relance/À suivre']);
    expect(host.mail.starred.has('msg-invoice')).toBe(true);
    // the day the next step (the second reminder, D+15) falls due
    expect(storedLedger(host).entries[0]?.followUpOn).toBe('2026-03-31');
    expect(textOf(response)).toContain('Relance/À suivre');
  });

  it('puts the log back as it was when Gmail refuses the label', () => {
    const { host, card } = openInvoice();
    host.mail.failures.addLabel = new Error('Service invoked too many times in a short time: gmail');
    const response = handlers.onFlagFollowUp(host, addonEvent({ messageId: 'msg-invoice', form: fieldsOf(card) }));
    expect(storedLedger(host).entries).toEqual([durandEntry]);
    expect(host.mail.starred.size).toBe(0);
    expect(textOf(shownCard(response))).toContain('demande de patienter');
  });
});

describe('"Enregistrer le paiement / Record the payment"', () => {
  it('records the day the money arrived: the reminders stop and the card offers the thank-you note', () => {
    const { host, card } = openInvoice();
    expect(button(card, 'Enregistrer le paiement').onClickAction).toMatchObject({ functionName: 'onRecordPayment' });
    const response = handlers.onRecordPayment(host, addonEvent({ messageId: 'msg-invoice', form: fieldsOf(card), dates: { paidOn: '2026-03-23' } }));
    expect(storedLedger(host).entries[0]?.history.paidOn).toBe('2026-03-23');
    const updated = shownCard(response);
    expect(textOf(updated)).toContain('remerciement');
    expect(textOf(response)).toContain('Paiement du 23 mars 2026 enregistré');
    expect(findAll(updated, 'TextButton').map((b) => b.text)).not.toContain('Enregistrer le paiement');
  });

  it('refuses a payment dated after today and leaves the log as it was', () => {
    const { host, card } = openInvoice();
    const response = handlers.onRecordPayment(host, addonEvent({ messageId: 'msg-invoice', form: fieldsOf(card), dates: { paidOn: '2026-03-30' } }));
    expect(storedLedger(host).entries).toEqual([durandEntry]);
    expect(textOf(shownCard(response))).toContain("date du paiement : ne peut pas être postérieure à aujourd'hui");
  });
});
