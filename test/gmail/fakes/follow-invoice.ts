/** Test set-up: the Durand invoice already followed in the user's log, and reading that log back. */
import type { Ledger, LedgerEntry } from '../../../src/core';
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

export function followInvoice(host: FakeHost, entries: LedgerEntry[] = [durandEntry]): void {
  new UserPropertiesLedgerStore(host.userProperties).save({ version: 1, entries });
}

export function storedLedger(host: FakeHost): Ledger {
  return new UserPropertiesLedgerStore(host.userProperties).load();
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
