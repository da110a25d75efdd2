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
  /** Days past the due date today (0 before and on the due date), and the same in words: "1 jour", "3 days". */
  daysOverdue: number;
  daysOverdueText: string;
  /** Not yet due: when it falls due, in words ("demain", "dans 3 jours" / "tomorrow", "in 3 days"). */
  dueInText: string | undefined;
};

export type PaymentView = { date: string; amount: string };

export type ReminderRecordView = { step: string; label: string; date: string };

/** A stretch of a delay at one rate on one principal, as the statement of account shows it. */
export type PeriodView = { from: string; to: string; days: string; principal: string; rate: string; interest: string };

/** One invoice of the statement of account annexed to the penalties letter and the formal notice. */
export type StatementLineView = {
  number: string;
  issueDate: string;
  dueDate: string;
  amount: string;
  /** "aucun" / "none", or each dated payment, or what was paid when the dates are not known. */
  payments: PaymentView[] | undefined;
  paid: string | undefined;
  balance: string;
  daysLate: string;
  periods: PeriodView[];
  interest: string;
  indemnity: string;
  total: string;
};

/** A group of invoices: the overdue ones (demanded) or those not yet due (shown for information). */
export type InvoiceGroupView = { invoices: InvoiceView[]; total: string; several: boolean; count: number; numbers: string };

export type ReminderView = {
  language: 'fr' | 'en';
  /** Today, formatted. */
  today: string;
  /** Where letters are dated from: the sender's town. */
  place: string | undefined;
  /** The short payment deadline the firmer steps give (today + the scenario's days, on a working day), formatted. */
  deadline: string;
  deadlineDays: number;
  client: {
    company: string;
    /** Postal address, one line per line. */
    addressBlock: string | undefined;
    /** The debtor trades as a sole trader (England: the Pre-Action Protocol for Debt Claims applies). */
    soleTrader: boolean;
    publicBody: boolean;
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
    /** "20-20-15" and "55555555": how UK payers pay. */
    sortCode: string | undefined;
    accountNumber: string | undefined;
    addressBlock: string | undefined;
    /** Company form, capital, registration and registered office, as the letterhead carries them. */
    legalMentions: string | undefined;
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
  /** The invoices past their due date: the only ones a reminder after the due date demands. */
  overdue: InvoiceGroupView;
  /** Invoices of the same client not yet due, shown apart and not demanded; undefined when there are none. */
  upcoming: InvoiceGroupView | undefined;
  /** Days past due of the oldest invoice, as a number and in words. */
  daysOverdue: number;
  daysOverdueText: string;
  /** Reminders already sent, oldest first; `lastReminder` is the latest of them. */
  previousReminders: ReminderRecordView[];
  lastReminder: ReminderRecordView | undefined;
  /** Late-payment penalties, set from the penalties letter on. */
  penalties:
    | {
        /** "12,15 %" / "12.15%" when one rate ran throughout; undefined when it changed. */
        rate: string | undefined;
        /** The rates applied: "12,15 %" or "de 12,15 % à 14,25 %" / "from 12.15% to 14.25%". */
        rates: string;
        /** How the rate is set ("de refinancement de la BCE … majoré de 10 points"). */
        rateBasis: string;
        /** True when the rate changed over the delay (France: each half-year its own). */
        ratesVary: boolean;
        days: number;
        daysText: string;
        interest: string;
        indemnity: string;
        /** Interest plus indemnity. */
        total: string;
        /** What the client owes now: amounts due plus penalties. */
        totalDue: string;
        /** Interest ran on what remained after each dated part payment. */
        afterPayments: boolean;
        /** Interest each further day on what is due now ("£1.56"): UK letters state it. */
        dailyInterest: string;
      }
    | undefined;
  /** The itemised statement of account annexed to the penalties letter and the formal notice. */
  statement:
    | {
        date: string;
        lines: StatementLineView[];
        totals: { amount: string; paid: string; balance: string; interest: string; indemnity: string; penalties: string; due: string };
      }
    | undefined;
  /** The law of the jurisdiction, worded in the reminder's language; undefined when no law is set. */
  law:
    | {
        penaltiesBasis: string;
        indemnityBasis: string;
        noticeBasis: string;
        /** What follows an unanswered formal notice. */
        nextStep: string;
        /** "Lettre recommandée avec accusé de réception" / "By recorded delivery". */
        deliveryMention: string;
        /** Days a formal notice gives from receipt, and its one deadline: a working day, formatted. */
        noticeDays: number;
        noticeDaysText: string;
        noticeDeadline: string;
        /** England and Wales: the debtor is a sole trader, so the Pre-Action Protocol for Debt Claims applies. */
        debtProtocol: boolean;
        france: boolean;
        uk: boolean;
      }
    | undefined;
  promise:
    | {
        date: string;
        amount: string;
        loggedOn: string;
        /** The day the client made the promise (the reply's date). */
        madeOn: string;
        /** How it was given, as a phrase ("par téléphone" / "by telephone"); undefined when not known. */
        via: string | undefined;
        /** The promise covers part of what is due: `balanceAfter` is what it leaves. */
        partial: boolean;
        balanceAfter: string | undefined;
      }
    | undefined;
  payment: { date: string; amount: string; means: string | undefined } | undefined;
};
