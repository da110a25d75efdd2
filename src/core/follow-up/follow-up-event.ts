/**
 * What happened on an invoice, one event at a time. The record keeps events rather than a summary,
 * so the log can show every one of them and the plan is derived from what really happened.
 */
import type { IsoDate } from '../model/iso-date';
import type { Money } from '../model/money';
import type { StepId } from '../model/step';

/** How a sent reminder is known to be sent: seen in the thread, confirmed by the user ("Envoyée ?"), or carried over from the old log. */
export type SentEvidence = 'thread' | 'user' | 'migrated';

export type PhoneOutcome = 'reached' | 'left-message' | 'promise-obtained';

export type FollowUpEvent =
  /** The draft was opened; the user may still discard it. */
  | { kind: 'drafted'; on: IsoDate; step: StepId }
  /** The reminder went out. `messageId` is a stable id (Graph immutable id, Gmail message id) when one is known. */
  | { kind: 'sent'; on: IsoDate; step: StepId; seenIn: SentEvidence; messageId?: string }
  | { kind: 'phone-call'; on: IsoDate; outcome: PhoneOutcome; note?: string }
  /** The client's reply, on the day it arrived, when it commits to nothing listed below. */
  | { kind: 'replied'; on: IsoDate; messageId?: string }
  /** A promise read from a reply (`on`: the reply's day) or obtained on the phone; `loggedOn`: when the user confirmed it. */
  | { kind: 'promise'; on: IsoDate; date: IsoDate; loggedOn: IsoDate; amount?: Money; evidence?: string; messageId?: string }
  | { kind: 'dispute'; on: IsoDate; evidence?: string; messageId?: string }
  | { kind: 'documents-asked'; on: IsoDate; evidence?: string; messageId?: string }
  | { kind: 'plan-asked'; on: IsoDate; evidence?: string; messageId?: string }
  /** "Already paid": the client says the money left; it is checked before the reminders resume. */
  | { kind: 'payment-announced'; on: IsoDate; evidence?: string; messageId?: string }
  /** Money received: the whole balance, or part of it (`partial`), on the day it arrived. */
  | { kind: 'payment-received'; on: IsoDate; partial?: boolean; amount?: Money; means?: string }
  /** The user stopped following the invoice (settled elsewhere, passed to a collector…). */
  | { kind: 'stopped'; on: IsoDate; note?: string };

export type FollowUpEventKind = FollowUpEvent['kind'];

export const followUpEventKinds: readonly FollowUpEventKind[] = [
  'drafted',
  'sent',
  'phone-call',
  'replied',
  'promise',
  'dispute',
  'documents-asked',
  'plan-asked',
  'payment-announced',
  'payment-received',
  'stopped',
];
