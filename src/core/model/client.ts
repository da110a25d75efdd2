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

export type Client = {
  company: string;
  language?: Language;
  address?: string[];
  contact: Contact;
};
