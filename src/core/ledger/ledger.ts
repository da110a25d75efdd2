/**
 * The account manager's follow-up log: per invoice, its client, what was sent, and every payment
 * promise logged from a reply (each promise kept as a record: the client's word is evidence).
 */
import type { Client } from '../model/client';
import type { FollowUpHistory } from '../model/follow-up-history';
import type { Invoice } from '../model/invoice';
import type { IsoDate } from '../model/iso-date';
import type { Money } from '../model/money';

export type PromiseRecord = {
  /** The reply it was read from: confirming the same reply twice updates this record. */
  id: string;
  invoiceNumbers: string[];
  date: IsoDate;
  amount?: Money;
  loggedOn: IsoDate;
  /** The client's own sentence. */
  evidence: string;
};

export type LedgerEntry = {
  invoice: Invoice;
  client: Client;
  history: FollowUpHistory;
  threadId?: string;
  messageId?: string;
  promises: PromiseRecord[];
  /** The day the thread is flagged for. */
  followUpOn?: IsoDate;
};

export type Ledger = { version: 1; entries: LedgerEntry[] };

export function emptyLedger(): Ledger {
  return { version: 1, entries: [] };
}

/** A stored value that has the shape of a ledger: a log we do not recognise is reported, never read as empty. */
export function isLedger(value: unknown): value is Ledger {
  const ledger = value as Partial<Ledger> | null;
  return typeof ledger === 'object' && ledger !== null && ledger.version === 1 && Array.isArray(ledger.entries);
}
