/**
 * The port each shell implements over its host (Office.js + Graph, Apps Script): one table of
 * calls, from which come its asynchronous form (Outlook) and its synchronous form (Apps Script).
 * The use cases yield these calls; the core never touches a host. Every call may fail with a
 * MailboxError.
 */
import type { Ledger, LedgerEntry, PromiseRecord } from '../ledger/ledger';
import type { IsoDate } from '../model/iso-date';
import type { MailAddress, MailMessage } from './mail-message';

export type DraftRequest = {
  /** Reply-all in this message's thread; a new message when absent. */
  replyTo?: string;
  to: MailAddress[];
  cc?: MailAddress[];
  subject: string;
  html: string;
  text: string;
};

export type DraftResult = { draftId?: string; mode: 'reply-all' | 'new-message' | 'inserted' };

/** How a follow-up was recorded: a real flag with a due date, a category or label, or the log only. */
export type FlagResult = { mode: 'flag' | 'category' | 'label' | 'log-only'; hint?: MailboxHintCode };

export type MailboxHintCode = 'graph-not-configured' | 'naa-unsupported' | 'consent-required';

export type LedgerStorage = { usedBytes: number; limitBytes: number };

/**
 * A record's version as the store gave it: a write carries the version it read and is refused
 * (`conflict`) when the stored one has moved on. `absent` is the version of a record not stored yet.
 */
export type RecordVersion = string;
export const absentVersion: RecordVersion = 'absent';

export type StoredRecord = { entry?: LedgerEntry; version: RecordVersion };
export type RecordWrite = { version: RecordVersion; storage: LedgerStorage };

/** Every call of the port: its arguments and what it answers. */
export type MailboxCalls = {
  readMessage: { args: []; result: MailMessage };
  createDraft: { args: [draft: DraftRequest]; result: DraftResult };
  flagForFollowUp: { args: [messageId: string, dueOn: IsoDate]; result: FlagResult };
  /** Marks the reply with the promise it carries, so reopening it shows that it is logged. */
  markReply: { args: [messageId: string, record: PromiseRecord]; result: void };
  /** Every follow-up record, for the log. */
  listRecords: { args: []; result: Ledger };
  /** One invoice's record (by its number) and its version. */
  readRecord: { args: [invoiceNumber: string]; result: StoredRecord };
  /** Writes one record whole, or refuses and leaves the stored one as it was. */
  writeRecord: { args: [entry: LedgerEntry, version: RecordVersion]; result: RecordWrite };
  /** Removes one record, or refuses and leaves it as it was. */
  removeRecord: { args: [invoiceNumber: string, version: RecordVersion]; result: void };
};

export type MailboxMethod = keyof MailboxCalls;

/** The port as Office.js gives it: every call answers with a Promise. */
export type Mailbox = { [M in MailboxMethod]: (...args: MailboxCalls[M]['args']) => Promise<MailboxCalls[M]['result']> };

/** The port as Apps Script gives it: every call answers at once (an add-on callback cannot wait for a Promise). */
export type SyncMailbox = { [M in MailboxMethod]: (...args: MailboxCalls[M]['args']) => MailboxCalls[M]['result'] };
