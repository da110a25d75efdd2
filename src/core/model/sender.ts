/** The account manager who signs the reminder, and their company's identity and payment details. */
export type Sender = {
  name: string;
  company: string;
  role?: string;
  email?: string;
  phone?: string;
  iban?: string;
  bic?: string;
  /** UK payers pay by sort code and account number: English reminders carry them when set. */
  sortCode?: string;
  accountNumber?: string;
  address?: string[];
  /** Where letters are dated from ("Lyon, le 16 mars 2026"); taken from the address when absent. */
  city?: string;
  /**
   * The company's legal mentions, printed on every letter ("SARL au capital de 10 000 € – RCS Lyon
   * 812 345 678 – siège social : …"; UK: "Registered in England and Wales no. 01234567 – registered
   * office: …"). Required in the penalties letter and the formal notice.
   */
  legalMentions?: string;
};
