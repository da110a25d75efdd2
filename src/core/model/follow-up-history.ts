/** What has happened on an invoice so far: the reminders sent and what the client did. */
import type { IsoDate } from './iso-date';
import type { Money } from './money';
import type { StepId } from './step';

export type SentReminder = { step: StepId; on: IsoDate };
/** A payment that settled part of the invoice, on the day it was received. */
export type PartialPayment = { on: IsoDate; amount: Money };
/** How a promise was given: in a reply to our message, or on the phone. */
export type PromiseChannel = 'reply' | 'phone';
export type PaymentPromise = {
  date: IsoDate;
  amount?: Money;
  loggedOn: IsoDate;
  /** The day the client gave it: the reply's date (or the call's); the log may record it days later. */
  madeOn?: IsoDate;
  /** How it was given; `channel` is read the same way. */
  via?: PromiseChannel;
  channel?: PromiseChannel;
};

export type FollowUpHistory = {
  sent: SentReminder[];
  repliedOn?: IsoDate;
  promise?: PaymentPromise;
  paidOn?: IsoDate;
  /** What was paid, for the thank-you note; the amount due when absent. */
  payment?: { amount?: Money; means?: string };
  disputedOn?: IsoDate;
  /** Partial payments with their dates, so interest runs on what remained after each. */
  partialPayments?: PartialPayment[];
};
