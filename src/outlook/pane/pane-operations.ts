/** What the pane may ask of the mailbox; the components get these as props and never touch Office. */
import type { ConfirmedReply, DraftOutcome, FlagOutcome, InvoiceForm, IsoDate, Ledger, LedgerEntry, MailMessage, PromiseRecord, RecordedPayment, RenderedReminder } from '../../core';
import type { ReadReplyInput, ReplyReading } from '../../core';

export type PaneOperations = {
  readMessage(): Promise<MailMessage>;
  listRecords(): Promise<Ledger>;
  readonly ledgerLimitBytes: number;
  /** The readers are loaded on first use. */
  readReply(input: ReadReplyInput): Promise<ReplyReading>;
  /** The invoice form prefilled from the message and the log. */
  formFromMessage(message: MailMessage, ledger: Ledger, userEmail?: string): Promise<InvoiceForm>;
  createDraft(input: { reminder: RenderedReminder; entry: LedgerEntry; message?: MailMessage }): Promise<DraftOutcome>;
  flag(input: { entry: LedgerEntry; message: MailMessage; on: IsoDate }): Promise<FlagOutcome>;
  confirm(input: { message: MailMessage; reading: ReplyReading; entry: LedgerEntry; date?: IsoDate }): Promise<ConfirmedReply>;
  recordPayment(input: { entry: LedgerEntry; paidOn: IsoDate }): Promise<RecordedPayment>;
  replyMark(): Promise<PromiseRecord | undefined>;
  download(fileName: string, content: string): void;
  /** Puts text on the clipboard; false when the webview refuses. */
  copy(text: string): Promise<boolean>;
};
