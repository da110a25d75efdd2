/** An invoice as the core sees it. `amountDue` is what remains to pay after a partial payment. */
import type { IsoDate } from './iso-date';
import type { Money } from './money';

export type Invoice = {
  number: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  amount: Money;
  amountDue?: Money;
  /** The goods or service invoiced, so the reader knows what it is about without opening the invoice. */
  description?: string;
};
