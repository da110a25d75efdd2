import { describe, expect, it } from 'vitest';
import { clientIdentity, emptyLedger, formFromMessage, type MailMessage, withClientRule } from '../../../src/core';
import { sampleEntry } from '../../outlook/fakes/sample-entry';

const me = 'sophie.martin@atelier-lumen.fr';
const vidal = { name: 'Hélène Vidal', email: 'helene.vidal@fromagerie-vidal.fr' };
const invoiceBody = 'Bonjour Madame Vidal,\n\nVeuillez trouver ci-joint notre facture n° F-2026-0187 d’un montant de 2 340,00 € TTC.\n\nSophie Martin\nAtelier Lumen';
const invoice: MailMessage = {
  id: 'inv',
  subject: 'Facture F-2026-0187 - Atelier Lumen',
  body: invoiceBody,
  from: { name: 'Sophie Martin', email: me },
  to: [vidal],
  cc: [],
  receivedOn: '2026-01-28',
  attachmentNames: ['F-2026-0187.pdf'],
};
const reply: MailMessage = {
  ...invoice,
  id: 'rep',
  subject: 'RE : Facture F-2026-0187 - Atelier Lumen',
  from: vidal,
  to: [{ name: 'Sophie Martin', email: me }],
  receivedOn: '2026-03-08',
  body:
    'Bonjour Madame Martin,\n\nLe virement sera effectué le 14 mars.\n\nBien cordialement,\nHélène Vidal\nFromagerie Vidal\n04 78 55 66 77\n\n' +
    `De : Sophie Martin <${me}>\nEnvoyé : 28 janvier 2026 09:14\nÀ : Hélène Vidal <${vidal.email}>\nObjet : Facture F-2026-0187 - Atelier Lumen\n\n${invoiceBody}`,
};

describe("the client's civility and company: one source of truth", () => {
  it('greets the same person the same way on the invoice and on her reply (the greeting of the user’s own mail, quoted under the reply)', () => {
    expect(formFromMessage(invoice, emptyLedger(), me).civility).toBe('Madame');
    expect(formFromMessage(reply, emptyLedger(), me).civility).toBe('Madame');
  });

  it('reads the company in the signature of the client’s own mail, never in the email domain', () => {
    expect(formFromMessage(reply, emptyLedger(), me).company).toBe('Fromagerie Vidal');
    expect(formFromMessage(invoice, emptyLedger(), me).company).toBe('');
  });

  it('skips a job title under the name and takes the company below it', () => {
    const titled = { ...reply, body: reply.body.replace('Hélène Vidal\nFromagerie Vidal', 'Hélène Vidal\nGérante\nFromagerie Vidal') };
    expect(clientIdentity({ message: titled, ledger: emptyLedger(), userEmail: me, email: vidal.email, firstName: 'Hélène', lastName: 'Vidal' }).company).toBe('Fromagerie Vidal');
  });

  it('takes what the log knows of the contact, from another of their invoices, before the mail', () => {
    const ledger = { version: 1 as const, entries: [sampleEntry] };
    const { contact } = sampleEntry.client;
    const other: MailMessage = { ...invoice, to: [{ name: `${contact.firstName ?? ''} ${contact.lastName}`, email: contact.email }], body: 'Bonjour,\n\nVoici la facture F-2026-0300.' };
    expect(clientIdentity({ message: other, ledger, userEmail: me, email: contact.email, lastName: contact.lastName })).toEqual({
      company: sampleEntry.client.company,
      ...(contact.civility ? { civility: contact.civility } : {}),
    });
  });

  it('puts the settings first: a client rule naming the company and civility overrides what the mail says', () => {
    const form = formFromMessage(reply, emptyLedger(), me);
    const ruled = withClientRule(form, [{ email: vidal.email, company: 'Fromagerie Vidal SARL', civility: 'Mme' }]);
    expect(ruled).toMatchObject({ company: 'Fromagerie Vidal SARL', civility: 'Mme' });
    // A domain rule names the company, never a person's civility.
    expect(withClientRule(form, [{ domain: 'fromagerie-vidal.fr', company: 'Fromagerie Vidal SA', civility: 'M.' }])).toMatchObject({ company: 'Fromagerie Vidal SA', civility: 'Madame' });
  });
});
