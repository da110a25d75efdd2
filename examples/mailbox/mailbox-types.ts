/** The shape of the sample mailbox: plain data, shared by the playground and the browser tests. */
import type { IsoDate, Language } from '../../src/core';

export type SampleFolder = 'inbox' | 'sent' | 'drafts';

export type SampleAddress = { name: string; email: string };

export type SampleFlag = { status: 'flagged' | 'complete'; startOn?: IsoDate; dueOn?: IsoDate };

export type SampleMessage = {
  /** An Exchange-like item id (base64, with "/" and "+" as real ids have). */
  id: string;
  conversationId: string;
  folder: SampleFolder;
  subject: string;
  /** Plain text, quoted history included. */
  body: string;
  /** Set for messages written as HTML (drafts made by the add-in). */
  html?: string;
  /** The raw internet headers, as `getAllInternetHeadersAsync` answers them (Mailbox 1.8); an auto-reply carries `Auto-Submitted`. */
  internetHeaders?: string;
  /** A draft's body type: HTML unless written in plain text (each item has its own). */
  bodyType?: 'html' | 'text';
  from: SampleAddress;
  to: SampleAddress[];
  cc: SampleAddress[];
  /** Local date and time, `YYYY-MM-DDTHH:mm`. */
  sentAt: string;
  attachments: string[];
  categories: string[];
  flag?: SampleFlag;
  read: boolean;
};

/** Where an invoice stands on the sample day, and which message of its thread shows it. */
export type SampleStage =
  | 'due-in-a-week'
  | 'due-tomorrow'
  | 'late-10-days'
  | 'late-45-days'
  | 'paid'
  | 'disputed'
  | 'missing-documents'
  | 'payment-plan'
  | 'no-due-date';

export type SampleIntent = 'promise' | 'paid' | 'dispute' | 'missing-documents' | 'payment-plan' | 'out-of-office' | 'no-commitment';

export type SampleThread = {
  stage: SampleStage;
  invoiceNumber: string;
  /** The amount as the invoice email writes it. */
  amountText: string;
  dueDate?: IsoDate;
  client: string;
  language: Language;
  /** The invoice as sent (in Sent). */
  invoiceMessageId: string;
  /** The client's reply (in Inbox), when there is one. */
  reply?: { messageId: string; intent: SampleIntent; date?: IsoDate };
};

export type SampleMailbox = {
  today: IsoDate;
  owner: SampleAddress;
  messages: SampleMessage[];
  threads: SampleThread[];
};
