/**
 * The pane's operations over the Outlook mailbox: the core's use cases run by `runAsync`, the mail
 * readers loaded on first use, and what only this shell does (the reply's marker, the CSV download).
 */
import {
  confirmReply,
  confirmSent,
  noteSentReminders,
  createReminderDraft,
  flagFollowUp,
  type InvoiceForm,
  type Ledger,
  type MailMessage,
  type ReadAgedBalanceInput,
  type AgedBalance,
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
  /** Load the readers on first use: two chunks, so opening a message never loads the reply reader. */
  loadInvoiceReader?: () => Promise<InvoiceReader>;
  loadReplyReader?: () => Promise<ReplyReader>;
  loadAgedBalanceReader?: () => Promise<AgedBalanceReader>;
  download: (fileName: string, content: string) => void;
  copy: (text: string) => Promise<boolean>;
  /** Where the readers' swallowed failures go (the browser console by default). */
  log?: (message: string, error: unknown) => void;
};

export type InvoiceReader = {
  formFromMessage: (message: MailMessage, ledger: Ledger, userEmail?: string, onFailure?: (error: unknown) => void) => InvoiceForm;
};
export type ReplyReader = { readReply: (input: ReadReplyInput, onFailure?: (error: unknown) => void) => ReplyReading };
export type AgedBalanceReader = { readAgedBalance: (input: ReadAgedBalanceInput) => AgedBalance };

const loadInvoiceReader = async (): Promise<InvoiceReader> => import(/* webpackChunkName: "invoice-reader" */ './invoice-reader');
const loadReplyReader = async (): Promise<ReplyReader> => import(/* webpackChunkName: "reply-reader" */ './reply-reader');
const loadClientUseCases = async () => import(/* webpackChunkName: "client-use-cases" */ './client-use-cases');
const loadAgedBalanceReader = async (): Promise<AgedBalanceReader> => import(/* webpackChunkName: "aged-balance-reader" */ './aged-balance-reader');

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
  const agedBalanceReader = once(setup.loadAgedBalanceReader ?? loadAgedBalanceReader);
  const clientUseCases = once(loadClientUseCases);
  const log = setup.log ?? ((message: string, error: unknown) => console.error(message, error));
  return {
    readMessage: () => mailbox.readMessage(),
    listRecords: () => mailbox.ledger(),
    capacity: () => mailbox.capacity(),
    readReply: async (input) => (await replyReader()).readReply(input, (error) => log('Relance: readReply failed and read nothing', error)),
    formFromMessage: async (message, ledger, userEmail) =>
      (await invoiceReader()).formFromMessage(message, ledger, userEmail, (error) => log('Relance: extractInvoice failed and read nothing', error)),
    createDraft: ({ reminder, entry, message }) => runAsync(createReminderDraft({ reminder, entry, today: setup.today(), ...(message ? { message } : {}) }), mailbox),
    draftForClient: async ({ reminder, entries, message }) =>
      runAsync((await clientUseCases()).createClientDraft({ reminder, entries, today: setup.today(), ...(message ? { message } : {}) }), mailbox),
    listFollowed: () => mailbox.listRecords(),
    readAgedBalance: async (input) => (await agedBalanceReader()).readAgedBalance(input),
    updateClientContact: async (input) => runAsync((await clientUseCases()).updateClientContact(input), mailbox),
    importAgedBalance: async (rows) => runAsync((await clientUseCases()).importAgedBalance({ rows, today: setup.today() }), mailbox),
    flag: (input) => runAsync(flagFollowUp(input), mailbox),
    confirm: ({ message, reading, entry, date }) => runAsync(confirmReply({ message, reading, entry, today: setup.today(), ...(date ? { date } : {}) }), mailbox),
    recordPayment: ({ entry, paidOn, typedAmount }) => runAsync(recordPayment({ entry, paidOn, ...(typedAmount !== undefined ? { typedAmount } : {}), today: setup.today() }), mailbox),
    seesSentItems: mailbox.seesSentItems,
    noteSent: (entry) => runAsync(noteSentReminders({ entry }), mailbox),
    confirmSent: (input) => runAsync(confirmSent(input), mailbox),
    replyMark: () => mailbox.readReplyMark().catch(() => undefined),
    ...(mailbox.signIn ? { signIn: mailbox.signIn } : {}),
    download: setup.download,
    copy: setup.copy,
  };
}
