/**
 * The sample mailbox's clients as an admin lists them in the settings (`clients[]`): the first
 * source of a client's company name, never the email domain, so the playgrounds do not ask for it.
 */
import type { ClientRule } from '../../src/core';
import { sampleMailbox } from './sample-mailbox';

export function sampleClientRules(): ClientRule[] {
  // Any day: the addresses and companies do not move with it.
  const sample = sampleMailbox('2026-01-05');
  return sample.threads.flatMap((thread) => {
    const email = sample.messages.find((message) => message.id === thread.invoiceMessageId)?.to[0]?.email;
    return email ? [{ email, company: thread.client }] : [];
  });
}
