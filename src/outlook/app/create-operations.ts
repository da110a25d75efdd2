/**
 * The pane's operations over the Outlook mailbox: the core's use cases run by `runAsync`, the mail
 * readers loaded on first use, and what only this shell does (the reply's marker, the CSV download).
 */
import {
  confirmReply,
  createReminderDraft,
  flagFollowUp,
  type InvoiceForm,
  type Ledger,
  type MailMessage,
  type ReadReplyInput,
  recordPayment,
  type ReplyReading,
  runAsync,
} from '../../core';
import type { OutlookMailbox } from '../adapter/outlook-mailbox';
import type { PaneOperations } from '../pane/pane-operations';

export type OperationsSetup = {
  mailbox: OutlookMailbox;
  today: () => string;
  /** Loads the mail readers on first use (a separate chunk in the build). */
  loadReaders?: () => Promise<MailReaders>;
  download: (fileName: string, content: string) => void;
  copy: (text: string) => Promise<boolean>;
  /** Where the readers' swallowed failures go (the browser console by default). */
  log?: (message: string, error: unknown) => void;
};

export type MailReaders = {
  readReply: (input: ReadReplyInput, onFailure?: (error: unknown) => void) => ReplyReading;
  formFromMessage: (message: MailMessage, ledger: Ledger, userEmail?: string, onFailure?: (error: unknown) => void) => InvoiceForm;
};

const loadMailReaders = async (): Promise<MailReaders> => import(/* webpackChunkName: "mail-readers" */ './mail-readers');

export function createOperations(setup: OperationsSetup): PaneOperations {
  const { mailbox } = setup;
  const log = setup.log ?? ((message: string, error: unknown) => console.error(message, error));
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
    listRecords: () => mailbox.listRecords(),
    ledgerLimitBytes: mailbox.ledgerLimitBytes,
    readReply: async (input) => (await load()).readReply(input, (error) => log('Relance: readReply failed and read nothing', error)),
    formFromMessage: async (message, ledger, userEmail) =>
      (await load()).formFromMessage(message, ledger, userEmail, (error) => log('Relance: extractInvoice failed and read nothing', error)),
    createDraft: ({ reminder, entry, message }) => runAsync(createReminderDraft({ reminder, entry, today: setup.today(), ...(message ? { message } : {}) }), mailbox),
    flag: (input) => runAsync(flagFollowUp(input), mailbox),
    confirm: ({ message, reading, entry, date }) => runAsync(confirmReply({ message, reading, entry, today: setup.today(), ...(date ? { date } : {}) }), mailbox),
    recordPayment: ({ entry, paidOn }) => runAsync(recordPayment({ entry, paidOn, today: setup.today() }), mailbox),
    replyMark: () => mailbox.readReplyMark().catch(() => undefined),
    download: setup.download,
    copy: setup.copy,
  };
}
