/**
 * The port each shell implements over its host (Office.js + Graph, Apps Script): one table of
 * calls, from which come its asynchronous form (Outlook) and its synchronous form (Apps Script).
 * The use cases yield these calls; the core never touches a host. Every call may fail with a
 * MailboxError.
 */
import type { FollowUpKey } from '../follow-up/follow-up-key';
import type { FollowUpRecord } from '../follow-up/follow-up-record';
import type { FollowUpListing, FollowUpWrite, StoredFollowUp } from '../follow-up/follow-up-store';
import type { PromiseRecord } from '../ledger/ledger';
import type { IsoDate } from '../model/iso-date';
import type { MailAddress, MailMessage } from './mail-message';

export type DraftRequest = {
  /** Reply-all in this message's thread; a new message when absent. */
  replyTo?: string;
  /** Without `replyTo`: a thread of the client's (a stable thread id) to reply in when the host can reach it; a new message otherwise. */
  inThread?: string;
  to: MailAddress[];
  cc?: MailAddress[];
  subject: string;
  html: string;
  text: string;
};

/** `saved`: the host put the draft straight in Drafts (Graph), in the client's thread when `inThread` was found. */
export type DraftResult = { draftId?: string; mode: 'reply-all' | 'new-message' | 'inserted'; saved?: boolean };

/** How a follow-up was recorded: a real flag with a due date, a category or label, or the log only. */
export type FlagResult = { mode: 'flag' | 'category' | 'label' | 'log-only'; hint?: MailboxHintCode };

/**
 * Why a follow-up fell back to a category or the log: no Graph set up, a host without NAA, consent
 * missing, a sign-in the user must start, a shared mailbox Graph may not reach, Outlook mobile.
 */
export type MailboxHintCode = 'graph-not-configured' | 'naa-unsupported' | 'consent-required' | 'sign-in-required' | 'shared-mailbox' | 'mobile';

export type LedgerStorage = { usedBytes: number; limitBytes: number };

/** A message the user sent in a thread: the day, and a stable id when the host has one (Gmail ids; Graph immutable ids). */
export type SentMessage = { on: IsoDate; messageId?: string };

/**
 * A record's version as the store gave it: a write carries the version it read and is refused
 * (`conflict`) when the stored one has moved on. `absent` is the version of a record not stored yet.
 */
export type RecordVersion = string;
export const absentVersion: RecordVersion = 'absent';


/** Every call of the port: its arguments and what it answers. */
export type MailboxCalls = {
  readMessage: { args: []; result: MailMessage };
  createDraft: { args: [draft: DraftRequest]; result: DraftResult };
  flagForFollowUp: { args: [messageId: string, dueOn: IsoDate]; result: FlagResult };
  /** Marks the reply with the promise it carries, so reopening it shows that it is logged. */
  markReply: { args: [messageId: string, record: PromiseRecord]; result: void };
  /** Every follow-up record, for the log, and those that could not be read. */
  listRecords: { args: []; result: FollowUpListing };
  /** One invoice's record (by its key) and its version. */
  readRecord: { args: [key: FollowUpKey]; result: StoredFollowUp };
  /** Writes one record whole if the stored version is still the one given (else `conflict`), or refuses and leaves it as it was. */
  writeRecord: { args: [key: FollowUpKey, record: FollowUpRecord, version: RecordVersion]; result: FollowUpWrite };
  /** Removes one record, or refuses and leaves it as it was. */
  removeRecord: { args: [key: FollowUpKey, version: RecordVersion]; result: void };
  /** The user's own messages in a thread on or after a day: how a drafted reminder is seen sent. */
  sentInThread: { args: [threadId: string, since: IsoDate]; result: SentMessage[] };
};

export type MailboxMethod = keyof MailboxCalls;

/** The port as Office.js gives it: every call answers with a Promise. */
export type Mailbox = { [M in MailboxMethod]: (...args: MailboxCalls[M]['args']) => Promise<MailboxCalls[M]['result']> };

/** The port as Apps Script gives it: every call answers at once (an add-on callback cannot wait for a Promise). */
export type SyncMailbox = { [M in MailboxMethod]: (...args: MailboxCalls[M]['args']) => MailboxCalls[M]['result'] };
