/**
 * What waits on the user's word before the plan can move on: reminders drafted and not yet known
 * sent ("Envoyée ?": a draft may have been thrown away), and clients who answered that they have
 * paid, whose payment is to be checked before the reminders resume. Settled invoices are left out.
 */
import type { FollowUpListing } from '../follow-up/follow-up-store';
import { awaitingSend } from '../follow-up/with-sent-from-thread';
import type { LedgerEntry } from '../ledger/ledger';
import { entryOfRecord } from '../follow-up/entry-of-record';
import type { IsoDate } from '../model/iso-date';
import type { StepId } from '../model/step';

export type AwaitingConfirmation = {
  drafts: { entry: LedgerEntry; step: StepId; draftedOn: IsoDate }[];
  announcedPayments: { entry: LedgerEntry; announcedOn: IsoDate }[];
};

export function awaitingConfirmation(listing: FollowUpListing): AwaitingConfirmation {
  const awaiting: AwaitingConfirmation = { drafts: [], announcedPayments: [] };
  for (const { key, record } of listing.records) {
    const entry = entryOfRecord(key, record);
    if (entry.history.paidOn || record.events.some((event) => event.kind === 'stopped')) continue;
    for (const draft of awaitingSend(record)) awaiting.drafts.push({ entry, step: draft.step, draftedOn: draft.on });
    // No Array.prototype.at: the core runs in Apps Script, whose V8 version Google does not give (HOST-FACTS).
    const announcements = record.events.filter((event) => event.kind === 'payment-announced');
    const announced = announcements[announcements.length - 1];
    if (announced) awaiting.announcedPayments.push({ entry, announcedOn: announced.on });
  }
  const byName = (a: { entry: LedgerEntry }, b: { entry: LedgerEntry }) => a.entry.client.company.localeCompare(b.entry.client.company) || a.entry.invoice.number.localeCompare(b.entry.invoice.number);
  awaiting.drafts.sort((a, b) => a.draftedOn.localeCompare(b.draftedOn) || byName(a, b));
  awaiting.announcedPayments.sort((a, b) => a.announcedOn.localeCompare(b.announcedOn) || byName(a, b));
  return awaiting;
}
