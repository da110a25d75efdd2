import { describe, expect, it } from 'vitest';
import { GmailMailbox } from '../../../src/gmail/adapter/gmail-mailbox';
import { loadSettings, nameFromEmail } from '../../../src/gmail/adapter/settings';
import { createUserPropertiesFollowUpStore } from '../../../src/gmail/adapter/user-properties-follow-up-store';
import { accessToken } from '../fakes/fake-events';
import { clientEmail, fakeHost, userEmail } from '../fakes/fake-host';

function mailbox(host = fakeHost(), messageId = 'msg-invoice') {
  return new GmailMailbox(host.gmail, host.gmailApi, host.utilities, createUserPropertiesFollowUpStore({ properties: host.userProperties, lock: host.userLock() }), { messageId, accessToken, timeZone: 'Europe/Paris', userEmail });
}

describe('the Gmail mailbox', () => {
  it('reads the open message with its access token: addresses, day in the user time zone, attachments', () => {
    const host = fakeHost();
    host.mail.addMessage({
      id: 'late',
      threadId: 't9',
      subject: 'Facture',
      body: 'texte',
      from: '"Durand, Claire" <c.durand@boulangeries-durand.fr>',
      to: 'Sophie Martin <sophie.martin@atelier-lumen.fr>, compta@atelier-lumen.fr',
      date: new Date('2026-03-15T23:30:00Z'),
      attachments: ['F-1.pdf'],
    });
    const message = mailbox(host, 'late').readMessage();
    expect(host.mail.tokens).toEqual([accessToken]);
    expect(message).toMatchObject({
      id: 'late',
      threadId: 't9',
      from: { name: 'Durand, Claire', email: clientEmail },
      to: [{ name: 'Sophie Martin', email: userEmail }, { email: 'compta@atelier-lumen.fr' }],
      receivedOn: '2026-03-16',
      attachmentNames: ['F-1.pdf'],
    });
  });

  it('reads the headers that mark an automatic reply, leaving out those the message lacks', () => {
    const host = fakeHost();
    host.mail.addMessage({ id: 'auto', threadId: 't9', subject: 'Absence', body: 'Je suis absente.', from: clientEmail, to: userEmail, date: new Date('2026-03-16T09:00:00Z'), headers: { 'auto-submitted': 'auto-replied' } });
    expect(mailbox(host, 'auto').readMessage().headers).toEqual({ 'auto-submitted': 'auto-replied' });
  });

  it("replies to the client: reply on the client's message, in the thread of the user's own to all but the user", () => {
    const host = fakeHost();
    const box = mailbox(host);
    box.createDraft({ replyTo: 'msg-reply', to: [{ email: clientEmail }], subject: 's', html: '<p>h</p>', text: 't' });
    box.createDraft({ replyTo: 'msg-invoice', to: [{ email: clientEmail }], subject: 's', html: '<p>h</p>', text: 't' });
    expect(host.mail.drafts.map((draft) => [draft.kind, draft.threadId, draft.to.includes(clientEmail), draft.to.includes(userEmail), draft.htmlBody])).toEqual([
      ['reply', 'thread-1', true, false, '<p>h</p>'],
      ['api', 'thread-1', true, false, '<p>h</p>'],
    ]);
  });

  it("keeps names and subjects intact in the reply on the user's own message, and lets no header in through them", () => {
    const host = fakeHost();
    host.mail.addMessage({
      id: 'own',
      threadId: 't7',
      subject: 'Facture n° F-7 — échéance',
      body: 'texte',
      from: `Sophie Martin <${userEmail}>`,
      to: `"Hélène Dupré" <h.dupre@client.fr>, "Evil\r\nBcc: spy@evil.example" <compta@client.fr>`,
      date: new Date('2026-03-15T08:00:00Z'),
    });
    mailbox(host, 'own').createDraft({ replyTo: 'own', to: [{ email: 'h.dupre@client.fr' }], subject: 'ignored', html: '<p>é</p>', text: 'Relance é' });
    const [draft] = host.mail.drafts;
    expect(draft).toMatchObject({ kind: 'api', threadId: 't7', subject: 'Re: Facture n° F-7 — échéance', body: 'Relance é', htmlBody: '<p>é</p>' });
    expect(draft?.to).toContain('Hélène Dupré <h.dupre@client.fr>');
    // The line break in the name is gone: it stays a quoted name on the To line, never a Bcc header.
    expect(draft?.to).toContain('"Evil Bcc: spy@evil.example" <compta@client.fr>');
  });

  it('writes a new message when there is no thread to reply in', () => {
    const host = fakeHost();
    const result = mailbox(host).createDraft({ to: [{ email: clientEmail }], subject: 'Facture F-1', html: '<p>h</p>', text: 't' });
    expect(result.mode).toBe('new-message');
    expect(host.mail.drafts[0]).toMatchObject({ kind: 'new', to: clientEmail, subject: 'Facture F-1', htmlBody: '<p>h</p>' });
  });

  it('creates the nested labels once, however many threads are flagged', () => {
    const host = fakeHost();
    const box = mailbox(host);
    box.flagForFollowUp('msg-invoice', '2026-04-01');
    box.flagForFollowUp('msg-reply', '2026-04-01');
    expect([...host.mail.labels]).toEqual(['Relance', 'Relance/À suivre']);
    expect([...host.mail.starred]).toEqual(['msg-invoice', 'msg-reply']);
  });
});

describe('the settings', () => {
  it("take the organisation from Script Properties, the user's own details from User Properties, the address from the session", () => {
    const host = fakeHost();
    host.user.setProperty('SENDER_NAME', 'Sophie M.');
    host.user.setProperty('SENDER_COMPANY', 'Not allowed to change the company');
    const { settings } = loadSettings(host);
    expect(settings.sender).toMatchObject({ name: 'Sophie M.', company: 'Atelier Lumen SARL', email: userEmail, address: ['12 rue de la République', '69002 Lyon'] });
    expect(settings.terms).toEqual({ jurisdiction: 'FR', annualRatePercent: 12.15 });
    expect(settings.userEmail).toBe(userEmail);
  });

  it('sign with a name made from the address until one is set', () => {
    expect(nameFromEmail('sophie.martin@atelier-lumen.fr')).toBe('Sophie Martin');
  });
});
