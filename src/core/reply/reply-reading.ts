/** What a client's reply commits to: the contract readReply fulfils for both shells. */
import type { IsoDate } from '../model/iso-date';
import type { Language } from '../model/language';
import type { Money } from '../model/money';

export const replyIntents = [
  'promise',
  'paid',
  'dispute',
  'missing-documents',
  'payment-plan',
  'out-of-office',
  'no-commitment',
] as const;

export type ReplyIntent = (typeof replyIntents)[number];

export type ReadReplyInput = { text: string; receivedOn: IsoDate; language?: Language };

export type ReplyReading = {
  intent: ReplyIntent;
  /** The promised date (never before receivedOn), the date of payment for `paid`, the date asked for by a payment plan. */
  date?: IsoDate;
  /** Out-of-office only: the first day the absent person is back, so Relance knows when to try again. Never a promise. */
  returnOn?: IsoDate;
  /** The amount the client commits to, or says it paid, when the reply states one. */
  amount?: Money;
  /** Every invoice number of the thread, quoted history included: that is how a reply is matched to its invoice. */
  invoiceNumbers: string[];
  /** The sentence that decided, as the client wrote it, to show the user. */
  evidence: string;
  language: Language;
};
