/**
 * A whole Gmail host made of the fakes, with a fictional supplier (Atelier Lumen) and its client
 * (Boulangeries Durand): the invoice mail the user sent, and the client's reply in the same thread.
 */
import { type FakeGmailHost, fakeGmailHost } from '../../../playground/fake-gmail/fake-gmail-host';
import { FakeGmailState } from './fake-gmail-app';
import { FakeProperties } from './fake-properties-service';
import { FakeLockService } from './fake-lock-service';

export const userEmail = 'sophie.martin@atelier-lumen.fr';
export const clientEmail = 'c.durand@boulangeries-durand.fr';

export const organisation: Record<string, string> = {
  SENDER_NAME: 'Sophie Martin',
  SENDER_ROLE: 'Responsable administrative et financière',
  SENDER_PHONE: '04 78 12 34 56',
  SENDER_COMPANY: 'Atelier Lumen SARL',
  SENDER_IBAN: 'FR7630006000011234567890189',
  SENDER_BIC: 'AGRIFRPP',
  SENDER_ADDRESS: '12 rue de la République\n69002 Lyon',
  SENDER_CITY: 'Lyon',
  PENALTY_JURISDICTION: 'FR',
  PENALTY_RATE_PERCENT: '12.15',
};

export const invoiceMail = {
  id: 'msg-invoice',
  threadId: 'thread-1',
  subject: 'Facture F-2026-0142 - Refonte du site web',
  body: [
    'Bonjour Madame Durand,',
    '',
    'Veuillez trouver ci-joint notre facture F-2026-0142 du 14/02/2026, d’un montant de 4 860,00 € TTC, à régler au plus tard le 16/03/2026.',
    '',
    'Bien cordialement,',
    'Sophie Martin',
  ].join('\n'),
  from: `Sophie Martin <${userEmail}>`,
  to: `Claire Durand <${clientEmail}>`,
  date: new Date('2026-02-14T09:30:00Z'),
  attachments: ['F-2026-0142.pdf'],
};

export const replyMail = {
  id: 'msg-reply',
  threadId: 'thread-1',
  subject: 'RE: Facture F-2026-0142 - Refonte du site web',
  body: [
    'Bonjour Madame Martin,',
    '',
    'Toutes nos excuses pour ce retard. Le virement de 4 860,00 € partira le 10 avril.',
    '',
    'Cordialement,',
    'Claire Durand',
    'Boulangeries Durand SAS - 04 76 98 76 54',
    '',
    '> Facture F-2026-0142 du 14/02/2026, échéance le 16/03/2026',
  ].join('\n'),
  from: `Claire Durand <${clientEmail}>`,
  to: `Sophie Martin <${userEmail}>`,
  date: new Date('2026-04-02T08:15:00Z'),
};

export type FakeHost = FakeGmailHost;

export function fakeHost(options: { now?: string; withOrganisation?: boolean; user?: string } = {}): FakeHost {
  const mail = new FakeGmailState(userEmail);
  mail.addMessage(invoiceMail);
  mail.addMessage(replyMail);
  const user = new FakeProperties();
  const script = new FakeProperties();
  if (options.withOrganisation !== false) script.setProperties(organisation);
  return fakeGmailHost({ mail, user, script, locks: new FakeLockService(), userEmail: options.user ?? userEmail, now: () => new Date(options.now ?? '2026-03-24T10:00:00Z') });
}
