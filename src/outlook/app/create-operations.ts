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
  /** Loads the mail readers on first use (a separate chunk in the build). */
  loadReaders?: () => Promise<MailReaders>;
  download: (fileName: string, content: string) => void;
  copy: (text: string) => Promise<boolean>;
};

export type MailReaders = {
  readReply: (input: ReadReplyInput) => ReplyReading;
  formFromMessage: (message: MailMessage, ledger: Ledger, userEmail?: string) => InvoiceForm;
};

const loadMailReaders = async (): Promise<MailReaders> => import(/* webpackChunkName: "mail-readers" */ './mail-readers');

export function createOperations(setup: OperationsSetup): PaneOperations {
  const { mailbox } = setup;
  let readers: Promise<MailReaders> | undefined;
  // Loaded once; a failed load (offline) is tried again on the next use.
  const load = () => {
    readers ??= (setup.loadReaders ?? loadMailReaders)();
    readers.catch(() => {
      readers = undefined;
    });
    return readers;
  };
  return {
    readMessage: () => mailbox.readMessage(),
    loadLedger: () => mailbox.loadLedger(),
    ledgerLimitBytes: mailbox.ledgerLimitBytes,
    readReply: async (input) => (await load()).readReply(input),
    formFromMessage: async (message, ledger, userEmail) => (await load()).formFromMessage(message, ledger, userEmail),
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
