/** The account manager who signs the reminder, and their company's payment details. */
export type Sender = {
  name: string;
  company: string;
  role?: string;
  email?: string;
  phone?: string;
  iban?: string;
  bic?: string;
  address?: string[];
  /** Where letters are dated from ("Lyon, le 16 mars 2026"); taken from the address when absent. */
  city?: string;
};
