/** Pane operations backed by plain data, recording what the pane asked for. */
import type { DraftOutcome, Ledger, LedgerEntry, MailMessage, PromiseRecord } from '../../../src/core';
import { emptyLedger, formFromMessage, ledgerCapacity, logPromise, upsertEntry } from '../../../src/core';
import type { ReplyReading } from '../../../src/core';
import type { ConfirmOutcome, FlagOutcome, PaneOperations } from '../../../src/outlook/pane/pane-operations';

export type FakeOperations = PaneOperations & {
  calls: { createDraft: unknown[]; flag: unknown[]; confirm: { date?: string; intent: string }[]; downloads: { fileName: string; content: string }[]; copies: string[] };
};

export function fakeOperations(options: {
  message: MailMessage;
  ledger?: Ledger;
  reading?: ReplyReading;
  readError?: unknown;
  draft?: Partial<DraftOutcome>;
  draftError?: unknown;
  flag?: Partial<FlagOutcome>;
  marked?: boolean;
  mark?: PromiseRecord;
  limitBytes?: number;
  /** What the clipboard answers: false as in a webview that refuses it. */
  clipboard?: boolean;
}): FakeOperations {
  let ledger = options.ledger ?? emptyLedger();
  const limitBytes = options.limitBytes ?? 31 * 1024;
  const calls: FakeOperations['calls'] = { createDraft: [], flag: [], confirm: [], downloads: [], copies: [] };
  return {
    calls,
    ledgerLimitBytes: limitBytes,
    readMessage: async () => {
      if (options.readError) throw options.readError;
      return options.message;
    },
    loadLedger: async () => ledger,
    formFromMessage: async (message, log, userEmail) => formFromMessage(message, log, userEmail),
    readReply: async () => {
      if (!options.reading) throw new Error('no reading');
      return options.reading;
    },
    async createDraft(input) {
      calls.createDraft.push(input);
      if (options.draftError) throw options.draftError;
      return { draft: { mode: 'reply-all' }, logged: true, ledger, capacity: ledgerCapacity(ledger, limitBytes), ...options.draft };
    },
    async flag(input) {
      calls.flag.push(input);
      return { flag: { mode: 'flag' }, logged: true, ...options.flag };
    },
    async confirm(input): Promise<ConfirmOutcome> {
      calls.confirm.push({ ...(input.date ? { date: input.date } : {}), intent: input.reading.intent });
      const date = input.date ?? input.reading.date ?? '2026-03-31';
      const entry: LedgerEntry = logPromise(input.entry, { id: input.message.id, invoiceNumbers: input.reading.invoiceNumbers, date, loggedOn: '2026-03-23', evidence: input.reading.evidence });
      ledger = upsertEntry(ledger, entry);
      return { ledger, entry, capacity: ledgerCapacity(ledger, limitBytes), marked: options.marked ?? true };
    },
    replyMark: async () => options.mark,
    download: (fileName, content) => void calls.downloads.push({ fileName, content }),
    copy: async (text) => {
      calls.copies.push(text);
      return options.clipboard ?? true;
    },
  };
}
