/** Pane operations backed by plain data, recording what the pane asked for. */
import type { ConfirmedReply, DraftOutcome, FlagOutcome, Ledger, LedgerEntry, MailMessage, PromiseRecord } from '../../../src/core';
import { updateClientContact, createClientDraft, emptyLedger, entryOfRecord, type FollowUpListing, type FollowUpRecord, followUpKey, formFromMessage, importAgedBalance, type Mailbox, readAgedBalance, runAsync, ledgerCapacity, withEvent } from '../../../src/core';
import { recordFromEntry } from '../../../src/core/follow-up/migrate-ledger';
import { logPromise } from '../../../src/core/ledger/log-promise';
import { upsertEntry } from '../../../src/core/ledger/upsert-entry';
import type { ReplyReading } from '../../../src/core';
import type { PaneOperations } from '../../../src/outlook/pane/pane-operations';
import type { SignInOutcome } from '../../../src/outlook/adapter/naa-token';

export type FakeOperations = PaneOperations & {
  calls: {
    createDraft: unknown[];
    /** The drafts made for a client: what reached the mailbox port. */
    clientDrafts: { to: string; subject: string; text: string; html: string; inThread?: string }[];
    flag: unknown[];
    confirm: { date?: string; intent: string }[];
    payments: unknown[];
    downloads: { fileName: string; content: string }[];
    copies: string[];
    noteSent: unknown[];
    confirmSent: { step: string; on: string }[];
    signIns: number;
  };
};

export function fakeOperations(options: {
  message: MailMessage;
  ledger?: Ledger;
  reading?: ReplyReading;
  readError?: unknown;
  draft?: Partial<DraftOutcome>;
  draftError?: unknown;
  /** One outcome for every flag, or one per flag in turn (the last one repeats). */
  flag?: Partial<FlagOutcome> | Partial<FlagOutcome>[];
  /** Why each flag fails, in turn (the last one repeats; undefined lets it through). */
  flagErrors?: unknown[];
  /** Present when Graph is set up: what each sign-in comes to. */
  signIn?: SignInOutcome;
  /** Why confirming fails (the reply could not be marked, the log is full…). */
  confirmError?: unknown;
  mark?: PromiseRecord;
  limitBytes?: number;
  /** What the clipboard answers: false as in a webview that refuses it. */
  clipboard?: boolean;
  /** Graph configured: sent items are looked at instead of asking "Envoyée ?". */
  seesSentItems?: boolean;
}): FakeOperations {
  // The log as the store gives it: each v1 entry seen through its follow-up record, events included.
  let ledger = options.ledger ? { ...options.ledger, entries: options.ledger.entries.map((entry) => (entry.events ? entry : entryOfRecord(followUpKey(entry.client, entry.invoice), recordFromEntry(entry)))) } : emptyLedger();
  const limitBytes = options.limitBytes ?? 31 * 1024;
  const calls: FakeOperations['calls'] = { clientDrafts: [], createDraft: [], flag: [], confirm: [], payments: [], downloads: [], copies: [], noteSent: [], confirmSent: [], signIns: 0 };
  const flags = Array.isArray(options.flag) ? [...options.flag] : [options.flag ?? {}];
  const listing = (): FollowUpListing => ({
    records: ledger.entries.map((entry) => ({ key: entry.key ?? followUpKey(entry.client, entry.invoice), record: recordOf(entry), version: 'v1' })),
    unreadable: [],
  });
  const recordOf = (entry: LedgerEntry): FollowUpRecord => ({ invoice: entry.invoice, client: entry.client, events: entry.events ?? [], ...(entry.threadId ? { threadId: entry.threadId } : {}) });
  // The store half of the port over the fake's log, so the core's use cases run as in the pane.
  const port = {
    listRecords: async () => listing(),
    readRecord: async (key: string) => {
      const entry = ledger.entries.find((each) => (each.key ?? followUpKey(each.client, each.invoice)) === key);
      return entry ? { record: recordOf(entry), version: 'v1' } : { version: 'absent' };
    },
    writeRecord: async (key: string, record: FollowUpRecord) => {
      const entry = entryOfRecord(key, record);
      ledger = { ...ledger, entries: [...ledger.entries.filter((each) => (each.key ?? followUpKey(each.client, each.invoice)) !== key), entry] };
      return { version: 'v1', storage: { usedBytes: JSON.stringify(ledger).length, limitBytes } };
    },
    removeRecord: async (key: string) => {
      ledger = { ...ledger, entries: ledger.entries.filter((each) => (each.key ?? followUpKey(each.client, each.invoice)) !== key) };
    },
    createDraft: async (draft: { to: { email: string }[]; subject: string; text: string; html: string; inThread?: string }) => {
      if (options.draftError) throw options.draftError;
      calls.clientDrafts.push({ to: draft.to[0]?.email ?? '', subject: draft.subject, text: draft.text, html: draft.html, ...(draft.inThread ? { inThread: draft.inThread } : {}) });
      return { mode: 'new-message' as const, saved: true };
    },
  } as unknown as Mailbox;
  return {
    calls,
    capacity: () => ledgerCapacity(ledger, limitBytes),
    readMessage: async () => {
      if (options.readError) throw options.readError;
      return options.message;
    },
    listRecords: async () => ledger,
    formFromMessage: async (message, log, userEmail) => formFromMessage(message, log, userEmail),
    readReply: async () => {
      if (!options.reading) throw new Error('no reading');
      return options.reading;
    },
    async createDraft(input) {
      calls.createDraft.push(input);
      if (options.draftError) throw options.draftError;
      return { draft: { mode: 'reply-all' }, entry: input.entry, capacity: ledgerCapacity(ledger, limitBytes), ...options.draft };
    },
    draftForClient: ({ reminder, entries, message }) => runAsync(createClientDraft({ reminder, entries, today: '2026-03-23', ...(message ? { message } : {}) }), port),
    listFollowed: async () => listing(),
    readAgedBalance: async (input) => readAgedBalance(input),
    updateClientContact: (input) => runAsync(updateClientContact(input), port),
    importAgedBalance: (rows) => runAsync(importAgedBalance({ rows, today: '2026-03-23' }), port),
    async flag(input) {
      calls.flag.push(input);
      const failure = options.flagErrors && options.flagErrors.length > 1 ? options.flagErrors.shift() : options.flagErrors?.[0];
      if (failure !== undefined) throw failure;
      const outcome = flags.length > 1 ? flags.shift()! : flags[0]!;
      return { flag: { mode: 'flag' }, entry: input.entry, capacity: ledgerCapacity(ledger, limitBytes), ...outcome };
    },
    async recordPayment(input) {
      calls.payments.push(input);
      const entry = { ...input.entry, history: { ...input.entry.history, paidOn: input.paidOn } };
      ledger = upsertEntry(ledger, entry);
      return { entry, capacity: ledgerCapacity(ledger, limitBytes) };
    },
    async confirm(input): Promise<ConfirmedReply> {
      calls.confirm.push({ ...(input.date ? { date: input.date } : {}), intent: input.reading.intent });
      if (options.confirmError) throw options.confirmError;
      const date = input.date ?? input.reading.date ?? '2026-03-31';
      const promise = { id: input.message.id, invoiceNumbers: input.reading.invoiceNumbers, date, loggedOn: '2026-03-23', evidence: input.reading.evidence };
      const entry: LedgerEntry = logPromise(input.entry, promise);
      ledger = upsertEntry(ledger, entry);
      // As the core does: the reply is marked with the promise it carries.
      return { entry, capacity: ledgerCapacity(ledger, limitBytes), ...(input.reading.intent === 'promise' ? { promise } : {}) };
    },
    seesSentItems: options.seesSentItems ?? false,
    async noteSent(entry) {
      calls.noteSent.push(entry.key);
      return entry;
    },
    async confirmSent({ entry, step, on }) {
      calls.confirmSent.push({ step, on });
      const key = entry.key ?? followUpKey(entry.client, entry.invoice);
      const sent = entryOfRecord(key, withEvent({ invoice: entry.invoice, client: entry.client, events: entry.events ?? [] }, { kind: 'sent', on, step, seenIn: 'user' }));
      ledger = { ...ledger, entries: ledger.entries.map((each) => (each.key === key ? sent : each)) };
      return sent;
    },
    replyMark: async () => options.mark,
    ...(options.signIn
      ? {
          signIn: async () => {
            calls.signIns += 1;
            return options.signIn!;
          },
        }
      : {}),
    download: (fileName, content) => void calls.downloads.push({ fileName, content }),
    copy: async (text) => {
      calls.copies.push(text);
      return options.clipboard ?? true;
    },
  };
}
