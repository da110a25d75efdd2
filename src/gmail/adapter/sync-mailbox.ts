/**
 * The core's Mailbox port with synchronous methods. Apps Script services answer synchronously, and
 * an add-on callback must return its card synchronously: Gmail does not wait for a Promise. So the
 * Gmail shell drives the port directly; `toAsyncMailbox` gives the core's async form of the same object.
 */
import type { Mailbox } from '../../core';

export type SyncMailbox = {
  [Method in keyof Mailbox]: Mailbox[Method] extends (...args: infer Args) => Promise<infer Result> ? (...args: Args) => Result : Mailbox[Method];
};

export function toAsyncMailbox(mailbox: SyncMailbox): Mailbox {
  return {
    readMessage: async () => mailbox.readMessage(),
    createDraft: async (draft) => mailbox.createDraft(draft),
    flagForFollowUp: async (messageId, dueOn) => mailbox.flagForFollowUp(messageId, dueOn),
    loadLedger: async () => mailbox.loadLedger(),
    saveLedger: async (ledger) => mailbox.saveLedger(ledger),
    get ledgerLimitBytes() {
      return mailbox.ledgerLimitBytes;
    },
  };
}
