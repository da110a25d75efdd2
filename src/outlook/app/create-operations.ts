/**
 * The pane's operations over the Outlook mailbox: the core's use cases, plus what only this shell
 * does (the marker on the reply, the follow-up date in the log, the CSV download).
 */
import { confirmReply, createReminderDraft, flagFollowUp, findEntry, ledgerCapacity, MailboxError, type PromiseRecord, upsertEntry } from '../../core';
import type { OutlookMailbox } from '../adapter/outlook-mailbox';
import type { PaneOperations } from '../pane/pane-operations';
import type { ReadReplyInput, ReplyReading } from './core-types';

export type OperationsSetup = {
  mailbox: OutlookMailbox;
  today: () => string;
  /** Loads the reply reader on first use (a separate chunk in the build). */
  loadReplyReader?: () => Promise<(input: ReadReplyInput) => ReplyReading>;
  download: (fileName: string, content: string) => void;
};

const loadReader = async () => (await import(/* webpackChunkName: "reply-reader" */ './reply-reader')).readReply;

export function createOperations(setup: OperationsSetup): PaneOperations {
  const { mailbox } = setup;
  let reader: Promise<(input: ReadReplyInput) => ReplyReading> | undefined;
  return {
    readMessage: () => mailbox.readMessage(),
    loadLedger: () => mailbox.loadLedger(),
    ledgerLimitBytes: mailbox.ledgerLimitBytes,
    async readReply(input) {
      reader ??= (setup.loadReplyReader ?? loadReader)();
      reader.catch(() => {
        reader = undefined;
      });
      return (await reader)(input);
    },
    createDraft: ({ reminder, entry, message }) =>
      createReminderDraft(mailbox, { reminder, entry, today: setup.today(), ...(message ? { message } : {}) }),
    async flag({ entry, message, on }) {
      const flag = await flagFollowUp(mailbox, message.id, on);
      // Whatever the host could do, the date is kept in the log, which the pane always shows.
      try {
        const ledger = await mailbox.loadLedger();
        const known = findEntry(ledger, entry.invoice.number) ?? entry;
        const next = upsertEntry(ledger, { ...known, followUpOn: on, messageId: message.id, ...(message.threadId ? { threadId: message.threadId } : {}) });
        if (ledgerCapacity(next, mailbox.ledgerLimitBytes).level === 'full') throw new MailboxError('storage-full');
        await mailbox.saveLedger(next);
        return { flag, logged: true, ledger: next };
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
    download: setup.download,
  };
}
