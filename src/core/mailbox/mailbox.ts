/**
 * The port each shell implements over its host (Office.js + Graph, Apps Script). The use cases
 * call it; the core never touches a host. Every method may reject with a MailboxError.
 */
import type { IsoDate } from '../model/iso-date';
import type { Ledger } from '../ledger/ledger';
import type { MailAddress, MailMessage } from './mail-message';

export type DraftRequest = {
  /** Reply-all in this message's thread; a new message when absent. */
  replyTo?: string;
  to: MailAddress[];
  cc?: MailAddress[];
  subject: string;
  html: string;
  text: string;
};

export type DraftResult = { draftId?: string; mode: 'reply-all' | 'new-message' | 'inserted' };

/** How a follow-up was recorded: a real flag with a due date, a category or label, or the log only. */
export type FlagResult = { mode: 'flag' | 'category' | 'label' | 'log-only'; hint?: MailboxHintCode };

/**
 * Why a follow-up fell back to a category or the log: no Graph set up, a host without NAA, consent
 * missing, a sign-in the user must start, a shared mailbox Graph may not reach, Outlook mobile.
 */
export type MailboxHintCode = 'graph-not-configured' | 'naa-unsupported' | 'consent-required' | 'sign-in-required' | 'shared-mailbox' | 'mobile';

export type LedgerStorage = { usedBytes: number; limitBytes: number };

export interface Mailbox {
  readMessage(): Promise<MailMessage>;
  createDraft(draft: DraftRequest): Promise<DraftResult>;
  flagForFollowUp(messageId: string, dueOn: IsoDate): Promise<FlagResult>;
  loadLedger(): Promise<Ledger>;
  /** Saves the whole ledger, or rejects and leaves the stored one as it was. */
  saveLedger(ledger: Ledger): Promise<LedgerStorage>;
  /** Bytes the ledger may take in this host's storage. */
  readonly ledgerLimitBytes: number;
}
