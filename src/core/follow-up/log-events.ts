/**
 * The log as the user reads it: every event of every record (not only promises), newest first,
 * filtered by what the user is looking for, and cut in pages (Gmail allows 100 widgets a section).
 */
import type { IsoDate } from '../model/iso-date';
import type { FollowUpEvent, FollowUpEventKind } from './follow-up-event';
import type { FollowUpKey } from './follow-up-key';
import type { FollowUpRecord } from './follow-up-record';

export const logFilters = ['all', 'reminders', 'promises', 'disputes', 'documents', 'plans', 'payments'] as const;
export type LogFilter = (typeof logFilters)[number];

const kindsOf: Record<Exclude<LogFilter, 'all'>, readonly FollowUpEventKind[]> = {
  reminders: ['drafted', 'sent', 'phone-call'],
  promises: ['promise'],
  disputes: ['dispute'],
  documents: ['documents-asked'],
  plans: ['plan-asked'],
  payments: ['payment-announced', 'payment-received'],
};

export function isLogFilter(value: unknown): value is LogFilter {
  return typeof value === 'string' && (logFilters as readonly string[]).includes(value);
}

export type LogEvent = { key: FollowUpKey; company: string; invoiceNumber: string; on: IsoDate; event: FollowUpEvent };

export type LogPage = { rows: LogEvent[]; page: number; pages: number; total: number };

export function logEvents(records: readonly { key: FollowUpKey; record: FollowUpRecord }[], filter: LogFilter = 'all'): LogEvent[] {
  const wanted = filter === 'all' ? undefined : new Set(kindsOf[filter]);
  const rows: LogEvent[] = [];
  for (const { key, record } of records) {
    for (const event of record.events) {
      if (!wanted || wanted.has(event.kind)) rows.push({ key, company: record.client.company, invoiceNumber: record.invoice.number, on: event.on, event });
    }
  }
  // Reversed first so that, within a day, the later event of a record comes first too (the sort is stable).
  return rows.reverse().sort((a, b) => b.on.localeCompare(a.on) || a.company.localeCompare(b.company));
}

/** One page of rows (pages counted from 0); a page past the end shows the last one. */
export function logPage(rows: readonly LogEvent[], page: number, size: number): LogPage {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  return { rows: rows.slice(current * size, (current + 1) * size), page: current, pages, total: rows.length };
}
