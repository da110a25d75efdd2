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

export type ReadReplyInput = {
  text: string;
  receivedOn: IsoDate;
  /** The reply's language when the caller knows it; otherwise the reader detects it. Never the user's interface language. */
  language?: Language;
  /** The mail's internet headers (name → value), when the host gives them: they reveal automatic replies. */
  headers?: Readonly<Record<string, string | undefined>>;
};

/** One payment of a plan, with what the reply states of it. */
export type Instalment = { date?: IsoDate; amount?: Money };

/** The reading that came second, for the user to choose when the reader is unsure. */
export type AlternativeReading = { intent: ReplyIntent; date?: IsoDate };

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
  /** The language of the reply itself. */
  language: Language;
  /** How sure the reader is of the intent, from 0 to 1. */
  confidence: number;
  /** The runner-up reading. */
  alternative?: AlternativeReading;
  /** Payment plans: each instalment the reply proposes, in date order. */
  instalments?: Instalment[];
};
