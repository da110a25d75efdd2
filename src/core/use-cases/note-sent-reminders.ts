/**
 * "Drafted" becomes "sent": once the sent message is seen in the thread (Gmail: the user's own
 * messages in the thread after the draft; Outlook with Graph: the conversation's sent items), or,
 * where the host cannot tell (Outlook without Graph), once the user answers "Envoyée ?". The plan
 * and the letters then use the real dates.
 *
 * Calls, in order: readRecord, sentInThread (only when a draft awaits and the thread is known),
 * writeRecord (only when something was seen). `confirmSent`: readRecord, writeRecord.
 * Failure policy: nothing is written before the last call; a failure leaves the record as it was.
 */
import { awaitingSend, withSentFromThread } from '../follow-up/with-sent-from-thread';
import { withEvent } from '../follow-up/with-event';
import type { LedgerEntry } from '../ledger/ledger';
import type { IsoDate } from '../model/iso-date';
import type { StepId } from '../model/step';
import { entryOfRecord } from '../follow-up/entry-of-record';
import { call, type UseCase } from './port-call';
import { keyOfEntry, updateRecord } from './update-record';

export function* noteSentReminders(input: { entry: LedgerEntry }): UseCase<LedgerEntry> {
  const key = keyOfEntry(input.entry);
  const stored = yield* call('readRecord', key);
  const record = stored.record;
  if (!record?.threadId) return record ? entryOfRecord(key, record) : input.entry;
  const waiting = awaitingSend(record);
  if (waiting.length === 0) return entryOfRecord(key, record);
  const since = waiting.reduce((first, draft) => (draft.on < first ? draft.on : first), waiting[0]!.on);
  const sent = yield* call('sentInThread', record.threadId, since);
  if (withSentFromThread(record, sent) === record) return entryOfRecord(key, record);
  const update = yield* updateRecord({ ...input.entry, key }, (base) => withSentFromThread(base, sent));
  return update.entry;
}

/** The user says the drafted reminder went out: logged as sent on the day it was drafted, confirmed by the user. */
export function* confirmSent(input: { entry: LedgerEntry; step: StepId; on: IsoDate }): UseCase<LedgerEntry> {
  const update = yield* updateRecord(input.entry, (base) => withEvent(base, { kind: 'sent', on: input.on, step: input.step, seenIn: 'user' }));
  return update.entry;
}
