// The fake GmailApp and Gmail API keep what Gmail does to a reply: reply-all keeps the user, aliases are listed apart, threads need their headers.
import { describe, expect, it } from 'vitest';
import { accessToken } from './fake-events';
import { clientEmail, fakeHost, invoiceMail, userEmail } from './fake-host';
import { messageIdHeader } from './fake-gmail-app';

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

function raw(headers: Record<string, string>, body = 'Relance'): string {
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return base64url([...lines, 'Content-Type: text/plain; charset=UTF-8', '', body].join('\r\n'));
}

function open(host = fakeHost()) {
  host.gmail.setCurrentMessageAccessToken(accessToken);
  return { host, invoice: host.gmail.getMessageById(invoiceMail.id) };
}

describe('the fake GmailApp', () => {
  it("addresses a reply-all on the user's own message to the user too, as createDraftReplyAll documents", () => {
    const { host, invoice } = open();
    invoice.createDraftReplyAll('Relance');
    const [draft] = host.mail.drafts;
    expect(draft?.to).toContain(userEmail);
    expect(draft?.to).toContain(clientEmail);
  });

  it('lists the send-as aliases, without the primary address', () => {
    const host = fakeHost();
    host.mail.aliases = ['compta@atelier-lumen.fr'];
    expect(host.gmail.getAliases()).toEqual(['compta@atelier-lumen.fr']);
  });
});

describe('the fake Gmail API (advanced service)', () => {
  const reply = { To: clientEmail, Subject: `Re: ${invoiceMail.subject}`, 'In-Reply-To': messageIdHeader(invoiceMail.id), References: messageIdHeader(invoiceMail.id) };

  it('puts a draft in the thread only with the thread id, In-Reply-To and References, and the same subject', () => {
    const host = fakeHost();
    const drafts = host.gmailApi!.Users.Drafts;
    drafts.create({ message: { threadId: 'thread-1', raw: raw(reply) } }, 'me');
    drafts.create({ message: { raw: raw(reply) } }, 'me');
    drafts.create({ message: { threadId: 'thread-1', raw: raw({ ...reply, References: '' }) } }, 'me');
    drafts.create({ message: { threadId: 'thread-1', raw: raw({ ...reply, Subject: 'Relance' }) } }, 'me');
    expect(host.mail.drafts.map((draft) => draft.threadId)).toEqual(['thread-1', undefined, undefined, undefined]);
    expect(host.mail.drafts[0]).toMatchObject({ kind: 'api', to: clientEmail, inReplyTo: invoiceMail.id, body: 'Relance' });
  });

  it('refuses a message that is not base64url', () => {
    const host = fakeHost();
    const standard = Buffer.from('To: a@b.fr\r\n\r\n?>?>', 'utf8').toString('base64');
    expect(standard).toMatch(/[+/]/);
    expect(() => host.gmailApi!.Users.Drafts.create({ message: { raw: standard } }, 'me')).toThrow(/base64url/);
  });
});
