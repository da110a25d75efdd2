/** What the pane may ask of the mailbox; the components get these as props and never touch Office. */
import type { ConfirmedReply, DraftOutcome, FlagOutcome, InvoiceForm, IsoDate, Ledger, LedgerCapacity, LedgerEntry, MailMessage, PromiseRecord, RecordedPayment, RenderedReminder, StepId } from '../../core';
import type { AgedBalance, AgedBalanceRow, Client, ClientDraftOutcome, FollowUpListing, ImportedAgedBalance, ReadAgedBalanceInput, ReadReplyInput, ReplyReading } from '../../core';
import type { SignInOutcome } from '../adapter/naa-token';

export type PaneOperations = {
  readMessage(): Promise<MailMessage>;
  listRecords(): Promise<Ledger>;
  /** How full the log's storage is (roaming settings); undefined when it has room for any log (OneDrive). */
  capacity(): LedgerCapacity | undefined;
  /** The readers are loaded on first use. */
  readReply(input: ReadReplyInput): Promise<ReplyReading>;
  /** The invoice form prefilled from the message and the log. */
  formFromMessage(message: MailMessage, ledger: Ledger, userEmail?: string): Promise<InvoiceForm>;
  createDraft(input: { reminder: RenderedReminder; entry: LedgerEntry; message?: MailMessage }): Promise<DraftOutcome>;
  /** One reminder for several invoices of a client, logged on each; with Graph and no open message, saved in Drafts. */
  draftForClient(input: { reminder: RenderedReminder; entries: readonly [LedgerEntry, ...LedgerEntry[]]; message?: MailMessage }): Promise<ClientDraftOutcome>;
  /** Every follow-up record as the store keeps it, for Today and the import. */
  listFollowed(): Promise<FollowUpListing>;
  /** The aged-balance reader, loaded on first use: papaparse stays out of the pane's first paint. */
  readAgedBalance(input: ReadAgedBalanceInput): Promise<AgedBalance>;
  /** Gives a client's contact to each of its invoices (an aged balance names no one to greet). */
  updateClientContact(input: { entries: readonly LedgerEntry[]; contact: Client['contact'] }): Promise<LedgerEntry[]>;
  /** Follows the rows: new ones added, followed ones matched, never duplicated. */
  importAgedBalance(rows: readonly AgedBalanceRow[]): Promise<ImportedAgedBalance>;
  flag(input: { entry: LedgerEntry; message: MailMessage; on: IsoDate }): Promise<FlagOutcome>;
  confirm(input: { message: MailMessage; reading: ReplyReading; entry: LedgerEntry; date?: IsoDate }): Promise<ConfirmedReply>;
  /** `typedAmount`: the amount received as the user typed it; empty, the whole balance. */
  recordPayment(input: { entry: LedgerEntry; paidOn: IsoDate; typedAmount?: string }): Promise<RecordedPayment>;
  /** True when the host sees the conversation's sent items (Graph); otherwise the pane asks "Envoyée ?". */
  readonly seesSentItems: boolean;
  /** Logs as sent the drafted reminders seen in the conversation's sent items. */
  noteSent(entry: LedgerEntry): Promise<LedgerEntry>;
  /** The user says the drafted reminder went out. */
  confirmSent(input: { entry: LedgerEntry; step: StepId; on: IsoDate }): Promise<LedgerEntry>;
  replyMark(): Promise<PromiseRecord | undefined>;
  download(fileName: string, content: string): void;
  /** The interactive Microsoft sign-in, when Graph is set up; call it from a click only. */
  signIn?: () => Promise<SignInOutcome>;
  /** Puts text on the clipboard; false when the webview refuses. */
  copy(text: string): Promise<boolean>;
};
