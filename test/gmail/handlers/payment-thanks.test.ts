import { describe, expect, it } from 'vitest';
import { handlers } from '../../../src/gmail/entry-points';
import { click } from '../fakes/click';
import { findAll, shownCard, textOf } from '../fakes/fake-card-service';
import { addonEvent } from '../fakes/fake-events';
import { fakeHost } from '../fakes/fake-host';
import { durandEntry, fieldsOf, followInStore, followInvoice, storedLedger } from '../fakes/follow-invoice';

describe('a payment received proposes the thank-you note', () => {
  it('on the message card: the button drafts the thank-you in the thread', () => {
    const host = fakeHost();
    followInvoice(host);
    const card = (handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-invoice' })) as unknown[])[0];
    const fields = fieldsOf(card);
    const paid = shownCard(click(host, card, 'Enregistrer le paiement', { messageId: 'msg-invoice', ...fields, dates: { ...fields.dates, paidOn: '2026-03-23' } }));
    const ready = shownCard(click(host, paid, 'Rédiger le remerciement', { messageId: 'msg-invoice', ...fieldsOf(paid) }));
    click(host, ready, 'Ouvrir le brouillon', { messageId: 'msg-invoice' });
    const [draft] = host.mail.liveDrafts();
    expect(draft?.threadId).toBe('thread-1');
    expect(draft?.body).toMatch(/remerci/i);
    expect(draft?.body).toContain('F-2026-0142');
  });

  it("from the aged balance's zero balance: the reminders stop and Today offers the thank-you", () => {
    const host = fakeHost({ now: '2026-04-20T10:00:00Z' });
    followInStore(host, [durandEntry]);
    const text = 'Client;N° de facture;Date facture;Échéance;Montant TTC;Reste dû\nBoulangeries Durand SAS;F-2026-0142;14/02/2026;16/03/2026;4860,00;0,00';
    const read = shownCard(handlers.onReadAgedBalance(host, addonEvent({ form: { agedBalance: text } })));
    expect(textOf(read)).toContain('0\u00a0nouvelle facture, 1\u00a0mise à jour, 0\u00a0inchangée.');
    const today = shownCard(click(host, read, 'Suivre 1\u00a0facture', { form: { agedBalance: text } }));
    expect(storedLedger(host).entries[0]?.history.paidOn).toBe('2026-04-20');
    expect(findAll(today, 'TextButton').map((each) => each.text)).toEqual(expect.arrayContaining(['Rédiger le remerciement']));
    expect(findAll(today, 'TextButton').map((each) => each.text)).not.toContain('Rédiger la relance');
    const response = click(host, today, 'Rédiger le remerciement');
    expect(textOf(response)).toContain('Brouillon créé pour Boulangeries Durand SAS (1\u00a0facture)');
    const [draft] = host.mail.liveDrafts();
    expect(draft).toMatchObject({ kind: 'reply', threadId: 'thread-1' });
    expect(draft?.body).toMatch(/remerci/i);
  });
});
