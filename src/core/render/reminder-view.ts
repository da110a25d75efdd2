/**
 * What a reminder template can say: every value already formatted in the reminder's language
 * ("16 mars 2026", "4 860,00 €"), so a template is plain text an admin can edit.
 * A value the input does not provide is `undefined`: a template that uses it outside an
 * `{{#if}}` block makes the render fail with the list of missing fields.
 */
export type InvoiceView = {
  number: string;
  issueDate: string;
  dueDate: string;
  /** Amount including tax. */
  amount: string;
  /** What remains to pay (the amount when nothing was paid). */
  amountDue: string;
  /** True after a partial payment: then `paidSoFar` is set. */
  partlyPaid: boolean;
  paidSoFar: string | undefined;
  /** The dated part payments, oldest first, when they were recorded (one invoice only). */
  payments: PaymentView[] | undefined;
  description: string | undefined;
  /** Days past the due date today (0 before and on the due date). */
  daysOverdue: number;
};

export type PaymentView = { date: string; amount: string };

export type ReminderRecordView = { step: string; label: string; date: string };

export type ReminderView = {
  language: 'fr' | 'en';
  /** Today, formatted. */
  today: string;
  /** Where letters are dated from: the sender's town. */
  place: string | undefined;
  /** The short payment deadline the firmer steps give (today + the scenario's days), formatted. */
  deadline: string;
  deadlineDays: number;
  client: {
    company: string;
    /** Postal address, one line per line. */
    addressBlock: string | undefined;
  };
  contact: {
    /** After "Bonjour" / "Dear": "Madame Durand", "Ms Durand", or the full name when no civility is known. */
    salutation: string;
    /** Opening of a letter: "Madame" / "Monsieur" / "Madame, Monsieur" (fr); "Dear Ms Durand" (en). */
    letterSalutation: string;
    /** Inside the French closing formula: "Veuillez agréer, {{contact.formalAddress}}, …". */
    formalAddress: string;
    fullName: string;
    /** "Mme Claire Durand" / "Ms Claire Durand", for an address block. */
    nameWithTitle: string;
    role: string | undefined;
    email: string;
    phone: string | undefined;
  };
  sender: {
    name: string;
    company: string;
    role: string | undefined;
    email: string | undefined;
    phone: string | undefined;
    /** Grouped by four for reading: "FR76 3000 6000 0112 3456 7890 189". */
    iban: string | undefined;
    bic: string | undefined;
    addressBlock: string | undefined;
  };
  invoices: InvoiceView[];
  /** The first (oldest) invoice, for single-invoice wording. */
  invoice: InvoiceView;
  /** More than one invoice: list them and give the total. */
  several: boolean;
  count: number;
  /** "F-1, F-2 et F-3" / "F-1, F-2 and F-3". */
  invoiceNumbers: string;
  /** Sum of the amounts due, formatted. */
  total: string;
  /** Days past due of the oldest invoice. */
  daysOverdue: number;
  /** Reminders already sent, oldest first; `lastReminder` is the latest of them. */
  previousReminders: ReminderRecordView[];
  lastReminder: ReminderRecordView | undefined;
  /** Late-payment penalties, set from the penalties letter on (or whenever penalty terms are given). */
  penalties:
    | {
        /** "12,15 %" / "12.15%". */
        rate: string;
        days: number;
        interest: string;
        indemnity: string;
        /** Interest plus indemnity. */
        total: string;
        /** What the client owes now: amounts due plus penalties. */
        totalDue: string;
        /** Interest ran on what remained after each dated part payment. */
        afterPayments: boolean;
      }
    | undefined;
  /** The law of the jurisdiction, worded in the reminder's language. */
  law: {
    /** "de l'article L441-10 du Code de commerce" style phrases are written by the template; these are the references. */
    penaltiesBasis: string;
    indemnityBasis: string;
    noticeBasis: string;
    /** What follows an unanswered formal notice. */
    nextStep: string;
    /** "Lettre recommandée avec accusé de réception" / "By recorded delivery". */
    deliveryMention: string;
    /** Days given by a formal notice, and its deadline formatted. */
    noticeDays: number;
    noticeDeadline: string;
    /** UK only: the sentence about individual debtors and the Pre-Action Protocol; undefined in France. */
    protocolNote: string | undefined;
  };
  promise: { date: string; amount: string; loggedOn: string } | undefined;
  payment: { date: string; amount: string; means: string | undefined } | undefined;
};
