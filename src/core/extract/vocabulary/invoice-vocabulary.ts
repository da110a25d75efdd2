/**
 * The words invoice mails label their facts with, as data. Entries are regular expression sources
 * over folded text (lower case, no accents), matched as whole words; groups must not capture,
 * except the one `(\d{1,3})` of a payment term.
 */
export type AmountKind = 'excl' | 'tax' | 'incl' | 'due' | 'paid' | 'other';
export type DateKind = 'issue' | 'due' | 'other';

export type InvoiceVocabulary = {
  /** A mail without one of these words anywhere is no invoice mail. */
  invoiceWords: string[];
  /** A subject naming one of these, and no invoice, is about another document (a quote, a credit note). */
  otherDocuments: string[];
  /** Words before an amount, by what they make it. */
  amountLabels: Record<AmountKind, string[]>;
  /** Words right after an amount: "1 000,00 € HT", "£1,200.00 inc VAT". */
  amountSuffixes: { excl: string[]; incl: string[] };
  /** Words before a date, by what they make it. */
  dateLabels: Record<DateKind, string[]>;
  /** Payment terms counted in days from the issue date, the count captured: "Net 30", "à 30 jours". */
  termsInDays: string[];
  /** A count of days is a payment term only on a line that speaks of payment ("Garantie 30 jours" is not one). */
  termsContext: string[];
  /** Payable on receipt: due on the issue date. */
  termsOnReceipt: string[];
  /** Terms read two ways in law or in practice ("45 jours fin de mois"): no due date is computed from them. */
  ambiguousTerms: string[];
};
