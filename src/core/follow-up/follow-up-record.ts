/**
 * One invoice's follow-up: the invoice, its client, the thread it lives in (by a stable id) and
 * every event so far. One record per invoice, never per message: Exchange ids change when a
 * message moves, and a log keyed on them grows a second record for the same invoice.
 */
import type { Client } from '../model/client';
import type { Invoice } from '../model/invoice';
import type { IsoDate } from '../model/iso-date';
import type { FollowUpEvent } from './follow-up-event';

/** The record format this code reads and writes; a stored record of another format is kept and reported, never overwritten. */
export const followUpRecordFormat = 2;

export type FollowUpRecord = {
  invoice: Invoice;
  client: Client;
  /** A stable id of the invoice's thread: a Gmail thread id, an Outlook conversation id. */
  threadId?: string;
  /** The day the thread is flagged for. */
  followUpOn?: IsoDate;
  /** Oldest first. */
  events: FollowUpEvent[];
};

export function newFollowUpRecord(invoice: Invoice, client: Client): FollowUpRecord {
  return { invoice, client, events: [] };
}
