/** The customer being chased, and the person we write to there. */
import type { Language } from './language';

export type Contact = {
  civility?: string;
  firstName?: string;
  lastName: string;
  role?: string;
  email: string;
  phone?: string;
};

/** What the debtor is in law: it chooses the English letter before action and French public-body rules. */
export type LegalForm = 'company' | 'sole-trader' | 'public-body';
export const legalForms: readonly LegalForm[] = ['company', 'sole-trader', 'public-body'];

export type Client = {
  company: string;
  language?: Language;
  address?: string[];
  /** Company when absent. */
  legalForm?: LegalForm;
  contact: Contact;
};
