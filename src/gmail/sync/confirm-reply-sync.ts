/**
 * The core's confirmReply over the Gmail mailbox, synchronously: an add-on callback's return value
 * is used as soon as it returns, so it cannot wait for a Promise. The decisions are the core's own
 * (`ledgerAfterReply`); only the load and save are Apps Script's.
 */
import { type ConfirmedReply, ledgerAfterReply, type ReplyConfirmation } from '../../core';
import type { SyncMailbox } from '../adapter/sync-mailbox';

export function confirmReplySync(mailbox: SyncMailbox, input: ReplyConfirmation): ConfirmedReply {
  const confirmed = ledgerAfterReply(mailbox.loadLedger(), { ...input, limitBytes: mailbox.ledgerLimitBytes });
  mailbox.saveLedger(confirmed.ledger);
  return confirmed;
}
