/**
 * Puts one reminder covering several of a client's invoices in the user's mailbox and logs it on
 * each invoice's record (DOMAIN: a client's open invoices go in one message, never several the
 * same day). The draft answers the message open beside it, else the client's last thread.
 *
 * Calls, in order: readRecord and writeRecord for each invoice (the draft logged), createDraft.
 * Failure policy:
 * - Every record is logged before the draft is made (a host cannot take back a form it opened).
 *   If one write fails, the records already written are put back as they were read and no draft
 *   is made: the log never says drafted for some of the invoices of one message only.
 * - If the draft fails, every record is put back as it was read; the user sees the draft's error.
 */
import type { LedgerEntry } from '../ledger/ledger';
import type { LedgerCapacity } from '../ledger/ledger-capacity';
import type { DraftResult } from '../mailbox/mailbox';
import type { MailMessage } from '../mailbox/mail-message';
import type { IsoDate } from '../model/iso-date';
import type { RenderedReminder } from '../render/render-reminder';
import { draftRequestFor, recordAfterDraft } from './create-reminder-draft';
import { call, type PortCall, type UseCase } from './port-call';
import { type RecordUpdate, undoUpdate, updateRecord } from './update-record';

export type ClientDraftInput = {
  reminder: RenderedReminder;
  /** The invoices the reminder lists; the first one's client and contact address it. */
  entries: readonly [LedgerEntry, ...LedgerEntry[]];
  today: IsoDate;
  /** The message open beside the pane: the draft answers it. */
  message?: MailMessage;
};

export type ClientDraftOutcome = { draft: DraftResult; entries: LedgerEntry[]; capacity: LedgerCapacity };

/** Puts back every record written, newest first, then rethrows the failure that made it necessary. */
function* undoAll(updates: readonly RecordUpdate[], failure: unknown): Generator<PortCall, never, unknown> {
  for (const update of [...updates].reverse()) {
    try {
      yield* undoUpdate(update, failure);
    } catch {
      // undoUpdate always rethrows the failure: the next record is put back all the same.
    }
  }
  throw failure;
}

export function* createClientDraft(input: ClientDraftInput): UseCase<ClientDraftOutcome> {
  const { reminder, entries, today, message } = input;
  const updates: RecordUpdate[] = [];
  try {
    for (const entry of entries) {
      updates.push(yield* updateRecord(entry, (base) => recordAfterDraft(base, { reminder, entry, today, ...(message ? { message } : {}) })));
    }
  } catch (failure) {
    return yield* undoAll(updates, failure);
  }
  const [first] = entries;
  // Without an open message, the reply goes in the client's last known thread, when the host can reach it.
  const thread = message ? undefined : entries.find((entry) => entry.threadId)?.threadId;
  try {
    const draft = yield* call('createDraft', { ...draftRequestFor(reminder, first, message), ...(thread ? { inThread: thread } : {}) });
    const last = updates[updates.length - 1] as RecordUpdate;
    return { draft, entries: updates.map((update) => update.entry), capacity: last.capacity };
  } catch (failure) {
    return yield* undoAll(updates, failure);
  }
}
