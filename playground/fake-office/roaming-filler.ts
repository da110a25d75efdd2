/**
 * "Roaming settings almost full": the promise log padded with a year of settled invoices until it
 * takes about 30 KB of the 31 KB Relance allows itself (32 KB for the whole add-in), so the pane
 * warns at once and the next entries no longer fit. Switching it off removes only the padding.
 */
import { emptyLedger, type IsoDate, type Ledger, type LedgerEntry, ledgerBytes } from '../../src/core';
import { addDays } from '../../src/core/dates/add-days';
import { ledgerSettingName, roamingLedgerLimitBytes } from '../../src/outlook/adapter/roaming-ledger-store';

const archivePrefix = 'ARCH-2025-';
/** Room left for the user's own entries: about one more invoice. */
const headroomBytes = 600;

function isLedger(value: unknown): value is Ledger {
  return typeof value === 'object' && value !== null && (value as Ledger).version === 1 && Array.isArray((value as Ledger).entries);
}

function archived(index: number, today: IsoDate): LedgerEntry {
  const due = addDays(today, -400 + index * 3);
  const number = `${archivePrefix}${String(index + 1).padStart(4, '0')}`;
  return {
    invoice: { number, issueDate: addDays(due, -30), dueDate: due, amount: { value: 1200 + index * 37.5, currency: 'EUR' }, description: 'Maintenance et hébergement (archive)' },
    client: {
      company: `Client archivé ${index + 1}`,
      language: 'fr',
      contact: { civility: 'Mme', firstName: 'Camille', lastName: `Archive${index + 1}`, email: `compta${index + 1}@client-archive.fr` },
    },
    history: { sent: [{ step: 'overdue-1', on: addDays(due, 7) }, { step: 'thank-you', on: addDays(due, 13) }], repliedOn: addDays(due, 9), paidOn: addDays(due, 12) },
    promises: [
      { id: `AAMkArchive${index}=`, invoiceNumbers: [number], date: addDays(due, 12), loggedOn: addDays(due, 9), evidence: 'Le virement partira en fin de semaine.' },
    ],
  };
}

export function withRoamingFiller(values: Record<string, unknown>, on: boolean, today: IsoDate): Record<string, unknown> {
  const stored = values[ledgerSettingName];
  const parsed: unknown = typeof stored === 'string' ? JSON.parse(stored) : stored;
  const ledger = isLedger(parsed) ? parsed : emptyLedger();
  const own = ledger.entries.filter((entry) => !entry.invoice.number.startsWith(archivePrefix));
  if (!on) {
    if (own.length === ledger.entries.length) return values;
    return { ...values, [ledgerSettingName]: { ...ledger, entries: own } };
  }
  const entries = [...own];
  for (let index = 0; ; index += 1) {
    const next = [...entries, archived(index, today)];
    if (ledgerBytes({ version: 1, entries: next }) > roamingLedgerLimitBytes - headroomBytes) break;
    entries.push(archived(index, today));
  }
  return { ...values, [ledgerSettingName]: { version: 1, entries } };
}
