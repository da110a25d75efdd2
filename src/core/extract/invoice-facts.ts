/** The facts about an invoice that the mail it was sent with states, and that mail as extractInvoice reads it. */
import type { IsoDate } from '../model/iso-date';
import type { Money } from '../model/money';

export type InvoiceFacts = {
  number: string;
  /** The total including tax when the mail gives both. */
  amount: Money;
  /** What remains to pay, only when the mail states it. */
  amountDue: Money;
  issueDate: IsoDate;
  dueDate: IsoDate;
};

export type InvoiceMessage = { subject: string; body: string; attachmentNames?: string[] };
