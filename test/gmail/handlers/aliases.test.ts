// Invoices sent from a send-as alias (a shared accounts address): still the user's own messages.
import { describe, expect, it } from 'vitest';
import { handlers } from '../../../src/gmail/entry-points';
import { click } from '../fakes/click';
import { input, shownCard, textOf } from '../fakes/fake-card-service';
import { addonEvent } from '../fakes/fake-events';
import { clientEmail, fakeHost, userEmail } from '../fakes/fake-host';
import { fieldsOf } from '../fakes/follow-invoice';

const alias = 'compta@atelier-lumen.fr';
const accountsPayable = 'p.roux@boulangeries-durand.fr';

function hostWithAliasInvoice() {
  const host = fakeHost();
  host.mail.aliases = [alias];
  host.mail.addMessage({
    id: 'msg-alias-invoice',
    threadId: 'thread-9',
    subject: 'Facture F-2026-0150 – Maintenance',
    body: 'Bonjour Madame Durand,\n\nVeuillez trouver ci-joint notre facture F-2026-0150 du 14/02/2026, d’un montant de 1 200,00 € TTC, à régler au plus tard le 16/03/2026.\n\nService comptabilité',
    from: `"Atelier Lumen, comptabilité" <${alias}>`,
    to: `Claire Durand <${clientEmail}>`,
    cc: `Paul Roux <${accountsPayable}>, Sophie Martin <${userEmail}>`,
    date: new Date('2026-02-14T09:30:00Z'),
  });
  return host;
}

describe('an invoice sent from a send-as alias', () => {
  it("is the user's own message: the client is its recipient, not the alias", () => {
    const host = hostWithAliasInvoice();
    const [opened] = handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-alias-invoice' })) as unknown[];
    expect(input(opened, 'email')?.value).toBe(clientEmail);
    // The company is never guessed from the email domain: the user names it, then the plan shows.
    expect(input(opened, 'company')?.value ?? '').toBe('');
    const card = shownCard(handlers.onPreview(host, addonEvent({ messageId: 'msg-alias-invoice', ...fieldsOf(opened, { company: 'Boulangeries Durand SAS' }) })));
    expect(textOf(card)).toContain('Plan de relance');
  });

  it('gets its reminder in its thread, from the alias, to the client and those copied, never to the user or the alias', () => {
    const host = hostWithAliasInvoice();
    const [opened] = handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-alias-invoice' })) as unknown[];
    const card = shownCard(handlers.onPreview(host, addonEvent({ messageId: 'msg-alias-invoice', ...fieldsOf(opened, { company: 'Boulangeries Durand SAS' }) })));
    const ready = shownCard(click(host, card, 'Créer le brouillon', { messageId: 'msg-alias-invoice', ...fieldsOf(card) }));
    click(host, ready, 'Ouvrir le brouillon', { messageId: 'msg-alias-invoice' });
    const [draft] = host.mail.liveDrafts();
    expect(draft).toMatchObject({ threadId: 'thread-9', inReplyTo: 'msg-alias-invoice', subject: 'Re: Facture F-2026-0150 – Maintenance' });
    expect(draft?.from).toContain(alias);
    const recipients = `${draft?.to}, ${draft?.cc}`;
    expect(recipients).toContain(clientEmail);
    expect(recipients).toContain(accountsPayable);
    expect(recipients).not.toContain(userEmail);
    expect(recipients).not.toContain(alias);
    expect(draft?.body).toContain('F-2026-0150');
  });

  it("is not read as a client's reply when the user writes again from the alias", () => {
    const host = hostWithAliasInvoice();
    host.mail.addMessage({
      id: 'msg-alias-follow-up',
      threadId: 'thread-9',
      subject: 'RE: Facture F-2026-0150 – Maintenance',
      body: 'Bonjour,\n\nNous vous confirmons que le virement partira le 10 avril.\n\nService comptabilité',
      from: `"Atelier Lumen, comptabilité" <${alias}>`,
      to: `Claire Durand <${clientEmail}>`,
      date: new Date('2026-03-20T09:30:00Z'),
    });
    const [card] = handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-alias-follow-up' })) as unknown[];
    expect(textOf(card)).not.toContain('Réponse du client');
  });
});
