/**
 * The pane's operations over the Outlook mailbox: the core's use cases, plus what only this shell
 * does (the marker on the reply, the follow-up date in the log, the CSV download).
 */
import {
  confirmReply,
  createReminderDraft,
  flagFollowUp,
  ledgerAfterFlag,
  type InvoiceForm,
  type Ledger,
  type MailMessage,
  type PromiseRecord,
} from '../../core';
import type { OutlookMailbox } from '../adapter/outlook-mailbox';
import type { PaneOperations } from '../pane/pane-operations';
import type { ReadReplyInput, ReplyReading } from '../../core';

export type OperationsSetup = {
  mailbox: OutlookMailbox;
  today: () => string;
  /** Load the readers on first use: two chunks, so opening a message never loads the reply reader. */
  loadInvoiceReader?: () => Promise<InvoiceReader>;
  loadReplyReader?: () => Promise<ReplyReader>;
  download: (fileName: string, content: string) => void;
  copy: (text: string) => Promise<boolean>;
};

export type InvoiceReader = { formFromMessage: (message: MailMessage, ledger: Ledger, userEmail?: string) => InvoiceForm };
export type ReplyReader = { readReply: (input: ReadReplyInput) => ReplyReading };

const loadInvoiceReader = async (): Promise<InvoiceReader> => import(/* webpackChunkName: "invoice-reader" */ './invoice-reader');
const loadReplyReader = async (): Promise<ReplyReader> => import(/* webpackChunkName: "reply-reader" */ './reply-reader');

/** Loads once; a failed load (offline) is tried again on the next use. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load();
    loaded.catch(() => {
      loaded = undefined;
    });
    return loaded;
  };
}

export function createOperations(setup: OperationsSetup): PaneOperations {
  const { mailbox } = setup;
  const invoiceReader = once(setup.loadInvoiceReader ?? loadInvoiceReader);
  const replyReader = once(setup.loadReplyReader ?? loadReplyReader);
  return {
    readMessage: () => mailbox.readMessage(),
    loadLedger: () => mailbox.loadLedger(),
    ledgerLimitBytes: mailbox.ledgerLimitBytes,
    readReply: async (input) => (await replyReader()).readReply(input),
    formFromMessage: async (message, ledger, userEmail) => (await invoiceReader()).formFromMessage(message, ledger, userEmail),
    createDraft: ({ reminder, entry, message }) =>
      createReminderDraft(mailbox, { reminder, entry, today: setup.today(), ...(message ? { message } : {}) }),
    async flag({ entry, message, on }) {
      const flag = await flagFollowUp(mailbox, message.id, on);
      // Whatever the host could do, the date is kept in the log, which the pane always shows.
      try {
        const { ledger } = ledgerAfterFlag(await mailbox.loadLedger(), { entry, message, on, limitBytes: mailbox.ledgerLimitBytes });
        await mailbox.saveLedger(ledger);
        return { flag, logged: true, ledger };
      } catch (logError) {
        return { flag, logged: false, logError };
      }
    },
    async confirm({ message, reading, entry, date }) {
      const confirmed = await confirmReply(mailbox, { message, reading, entry, today: setup.today(), ...(date ? { date } : {}) });
      const record = confirmed.entry.promises.find((promise: PromiseRecord) => promise.id === message.id);
      if (!record) return { ...confirmed, marked: true };
      try {
        await mailbox.markReply(record);
        return { ...confirmed, marked: true };
      } catch (markError) {
        return { ...confirmed, marked: false, markError };
      }
    },
    replyMark: () => mailbox.readReplyMark().catch(() => undefined),
    ...(mailbox.signIn ? { signIn: mailbox.signIn } : {}),
    download: setup.download,
    copy: setup.copy,
  };
}
