/** Pane operations backed by plain data, recording what the pane asked for. */
import type { ConfirmedReply, DraftOutcome, FlagOutcome, Ledger, LedgerEntry, MailMessage, PromiseRecord } from '../../../src/core';
import { emptyLedger, formFromMessage, ledgerCapacity } from '../../../src/core';
import { logPromise } from '../../../src/core/ledger/log-promise';
import { upsertEntry } from '../../../src/core/ledger/upsert-entry';
import type { ReplyReading } from '../../../src/core';
import type { PaneOperations } from '../../../src/outlook/pane/pane-operations';

export type FakeOperations = PaneOperations & {
  calls: { createDraft: unknown[]; flag: unknown[]; confirm: { date?: string; intent: string }[]; payments: unknown[]; downloads: { fileName: string; content: string }[]; copies: string[] };
};

export function fakeOperations(options: {
  message: MailMessage;
  ledger?: Ledger;
  reading?: ReplyReading;
  readError?: unknown;
  draft?: Partial<DraftOutcome>;
  draftError?: unknown;
  flag?: Partial<FlagOutcome>;
  /** Why confirming fails (the reply could not be marked, the log is full…). */
  confirmError?: unknown;
  mark?: PromiseRecord;
  limitBytes?: number;
  /** What the clipboard answers: false as in a webview that refuses it. */
  clipboard?: boolean;
}): FakeOperations {
  let ledger = options.ledger ?? emptyLedger();
  const limitBytes = options.limitBytes ?? 31 * 1024;
  const calls: FakeOperations['calls'] = { createDraft: [], flag: [], confirm: [], payments: [], downloads: [], copies: [] };
  return {
    calls,
    ledgerLimitBytes: limitBytes,
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
    async flag(input) {
      calls.flag.push(input);
      return { flag: { mode: 'flag' }, entry: input.entry, capacity: ledgerCapacity(ledger, limitBytes), ...options.flag };
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
      const entry: LedgerEntry = logPromise(input.entry, { id: input.message.id, invoiceNumbers: input.reading.invoiceNumbers, date, loggedOn: '2026-03-23', evidence: input.reading.evidence });
      ledger = upsertEntry(ledger, entry);
      return { entry, capacity: ledgerCapacity(ledger, limitBytes) };
    },
    replyMark: async () => options.mark,
    download: (fileName, content) => void calls.downloads.push({ fileName, content }),
    copy: async (text) => {
      calls.copies.push(text);
      return options.clipboard ?? true;
    },
  };
}
