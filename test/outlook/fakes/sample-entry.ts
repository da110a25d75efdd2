/** A followed invoice and its reply, shared by the Outlook shell's tests. */
import type { LedgerEntry, MailMessage } from '../../../src/core';
import { durand, durandInvoice } from '../../../examples/sample-data';

export const sampleEntry: LedgerEntry = { invoice: durandInvoice, client: durand, history: { sent: [] }, promises: [] };

export const sampleReply: MailMessage = {
  id: 'AAMkReply0001=',
  threadId: 'AAQkAGI2conv=',
  subject: 'RE: Facture F-2026-0142',
  body: 'Bonjour, le virement sera fait le 31 mars. Cordialement, Claire Durand',
  from: { email: 'c.durand@boulangeries-durand.fr', name: 'Claire Durand' },
  to: [{ email: 'sophie.martin@atelier-lumen.fr' }],
  cc: [],
  receivedOn: '2026-03-20',
  attachmentNames: [],
};
