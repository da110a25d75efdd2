/** Test set-up: the Durand invoice already followed in the user's log, and reading that log back. */
import { absentVersion, entryOfRecord, followUpKey, type Ledger, type LedgerEntry, ledgerOfListing } from '../../../src/core';
import { recordFromEntry } from '../../../src/core/follow-up/migrate-ledger';
import { createUserPropertiesFollowUpStore } from '../../../src/gmail/adapter/user-properties-follow-up-store';
import { UserPropertiesLedgerStore } from '../../../src/gmail/adapter/user-properties-ledger-store';
import type { Built } from './fake-card-service';
import { findAll } from './fake-card-service';
import { clientEmail, type FakeHost } from './fake-host';

export const durandEntry: LedgerEntry = {
  invoice: {
    number: 'F-2026-0142',
    issueDate: '2026-02-14',
    dueDate: '2026-03-16',
    amount: { value: 4860, currency: 'EUR' },
    description: 'Refonte du site web, phase 2 (maquettes et intégration)',
  },
  client: {
    company: 'Boulangeries Durand SAS',
    language: 'fr',
    contact: { civility: 'Mme', firstName: 'Claire', lastName: 'Durand', email: clientEmail },
  },
  history: { sent: [] },
  promises: [],
  threadId: 'thread-1',
  messageId: 'msg-invoice',
};

/** Follows the invoices the way a user of the v1 log did: the new store migrates them on first use. */
export function followInvoice(host: FakeHost, entries: LedgerEntry[] = [durandEntry]): void {
  new UserPropertiesLedgerStore(host.userProperties).save({ version: 1, entries });
}

export function storedLedger(host: FakeHost): Ledger {
  return ledgerOfListing(createUserPropertiesFollowUpStore({ properties: host.userProperties, lock: host.locks.lockFor(99) }).list());
}

/**
 * The card's fields as Gmail sends them back on a click, what the user sees, maybe edited: text
 * inputs as text, date pickers as the day picked (an edit of '' clears the picker, which then
 * sends nothing). Spread into `addonEvent`.
 */
export function fieldsOf(card: unknown, edits: Record<string, string> = {}): { form: Record<string, string>; dates: Record<string, string> } {
  const form: Record<string, string> = {};
  const dates: Record<string, string> = {};
  for (const input of findAll(card, 'TextInput') as Built[]) form[input.fieldName as string] = (input.value as string | undefined) ?? '';
  for (const picker of findAll(card, 'DatePicker') as Built[]) {
    const ms = picker.valueInMsSinceEpoch as number | undefined;
    if (ms !== undefined) dates[picker.fieldName as string] = new Date(ms).toISOString().slice(0, 10);
  }
  const pickers = new Set((findAll(card, 'DatePicker') as Built[]).map((picker) => picker.fieldName as string));
  for (const [field, value] of Object.entries(edits)) {
    if (!pickers.has(field)) form[field] = value;
    else if (value === '') delete dates[field];
    else dates[field] = value;
  }
  return { form, dates };
}

/** A v1 entry as the follow-up store shows it once migrated: what "the log left as it was" reads back. */
export function asFollowed(entry: LedgerEntry): LedgerEntry {
  return entryOfRecord(followUpKey(entry.client, entry.invoice), recordFromEntry(entry));
}

/** Follows the invoices straight in the follow-up store (for logs larger than the v1 log could hold). */
export function followInStore(host: FakeHost, entries: LedgerEntry[]): void {
  const store = createUserPropertiesFollowUpStore({ properties: host.userProperties, lock: host.locks.lockFor(99) });
  for (const entry of entries) store.write(followUpKey(entry.client, entry.invoice), recordFromEntry(entry), absentVersion);
}
