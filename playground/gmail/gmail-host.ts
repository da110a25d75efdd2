/**
 * The Gmail host the playground runs the real handlers on: the fakes of GmailApp, CardService,
 * PropertiesService, LockService, Session and Utilities, over the sample mailbox (the same mails
 * as the Outlook side), and Atelier Lumen's settings as an admin would have saved them.
 */
import type { IsoDate } from '../../src/core';
import { legacyDocument, saveDocument } from '../../src/gmail/adapter/organisation-store';
import { lumen } from '../../examples/sample-data';
import { sampleClientRules } from '../../examples/mailbox/sample-client-rules';
import type { SampleAddress, SampleMailbox, SampleMessage } from '../../examples/mailbox/mailbox-types';
import { FakeGmailState } from '../fake-gmail/fake-gmail-app';
import { type FakeGmailHost, fakeGmailHost } from '../fake-gmail/fake-gmail-host';
import { FakeLockService } from '../fake-gmail/fake-lock-service';
import { FakeProperties } from '../fake-gmail/fake-properties-service';

export type PlaygroundGmailHost = FakeGmailHost;

/** The organisation's settings as the older SENDER_* script properties hold them (src/gmail/adapter/organisation-store.ts). */
export const lumenProperties: Record<string, string> = {
  SENDER_NAME: lumen.name,
  SENDER_ROLE: lumen.role ?? '',
  SENDER_PHONE: lumen.phone ?? '',
  SENDER_COMPANY: lumen.company,
  SENDER_IBAN: lumen.iban ?? '',
  SENDER_BIC: lumen.bic ?? '',
  SENDER_ADDRESS: (lumen.address ?? []).join('\n'),
  SENDER_CITY: lumen.city ?? '',
  SENDER_LEGAL_MENTIONS: lumen.legalMentions ?? '',
  PENALTY_JURISDICTION: 'FR',
};

const address = (who: SampleAddress) => `${who.name} <${who.email}>`;

/** "Name: value" lines (the Outlook sample's raw internet headers) as the headers a Gmail message carries. */
export function headerRecord(raw: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of (raw ?? '').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** Gmail-like ids for the sample's messages and threads: hexadecimal, stable for a given mailbox. */
export function gmailIds(mailbox: SampleMailbox): { message: Map<string, string>; thread: Map<string, string> } {
  const message = new Map<string, string>();
  const thread = new Map<string, string>();
  mailbox.messages.forEach((sample, index) => {
    message.set(sample.id, `18e4c${(0x1000 + index).toString(16)}a7f2b9`);
    if (!thread.has(sample.conversationId)) thread.set(sample.conversationId, `18e4d${(0x1000 + thread.size).toString(16)}b3c1e0`);
  });
  return { message, thread };
}

export function createGmailHost(
  mailbox: SampleMailbox,
  now: () => Date,
): PlaygroundGmailHost & { idOf: (sample: SampleMessage) => string; endExecution: () => void } {
  const mail = new FakeGmailState(mailbox.owner.email);
  const ids = gmailIds(mailbox);
  const idOf = (sample: SampleMessage) => ids.message.get(sample.id) ?? sample.id;
  for (const sample of mailbox.messages) {
    // A draft is a draft in Gmail too, not a message of a thread.
    if (sample.folder === 'drafts') {
      mail.drafts.push({ id: `draft-${mail.drafts.length + 1}`, kind: 'new', to: sample.to.map(address).join(', '), subject: sample.subject, body: sample.body, attachments: [], deleted: false });
      continue;
    }
    const headers = headerRecord(sample.internetHeaders);
    mail.addMessage({
      id: idOf(sample),
      threadId: ids.thread.get(sample.conversationId) ?? sample.conversationId,
      subject: sample.subject,
      body: sample.body,
      from: address(sample.from),
      to: sample.to.map(address).join(', '),
      ...(sample.cc.length > 0 ? { cc: sample.cc.map(address).join(', ') } : {}),
      date: new Date(sample.sentAt),
      attachments: sample.attachments,
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
    });
  }
  const user = new FakeProperties();
  const script = new FakeProperties();
  script.setProperties(lumenProperties);
  const locks = new FakeLockService();
  // The settings document an admin saves from those properties, with the sample clients listed:
  // the first source of a client's company name, as on the Outlook side.
  const organisation = legacyDocument(lumenProperties);
  if (organisation) saveDocument(script, locks, JSON.stringify({ ...organisation, clients: sampleClientRules() }), 0);
  return {
    ...fakeGmailHost({ mail, user, script, locks, userEmail: mailbox.owner.email, now }),
    idOf,
    endExecution: () => locks.endExecution(0),
  };
}

/** Ten in the morning of the pinned day, in the browser's time zone; the real time otherwise. */
export function clockFor(today: IsoDate | undefined): () => Date {
  return today ? () => new Date(`${today}T10:00:00`) : () => new Date();
}
