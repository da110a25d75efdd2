/**
 * The organisation settings document an admin writes once (Outlook: a JSON file they host;
 * Gmail: the settings card, kept in script properties). Every field but `version` and the
 * company's name is optional: what is left out takes Relance's defaults.
 */
import type { Jurisdiction } from '../model/penalty-terms';
import type { Language } from '../model/language';
import type { StepId } from '../model/step';

export const settingsVersion = 1;

/** The steps after the due date, the only ones an escalation list may hold, in their order. */
export const escalationSteps = ['overdue-1', 'overdue-2', 'phone-call', 'penalties-letter', 'formal-notice'] as const satisfies readonly StepId[];
export type EscalationStepId = (typeof escalationSteps)[number];

export type Identity = {
  company: string;
  /** "SARL au capital de 10 000 € – RCS Lyon 812 345 678": printed on letters. */
  legalMentions?: string;
  address?: string[];
  /** Where letters are dated from; taken from the address when absent. */
  city?: string;
  /** The switchboard, when the account manager gives no direct line. */
  phone?: string;
};

/** IBAN and BIC for the euro area; sort code and account number for UK clients. */
export type BankDetails = { iban?: string; bic?: string; sortCode?: string; accountNumber?: string };

/**
 * The governing law of the seller's terms and a contractual rate, as a percentage or (French law) as
 * a multiple of the legal interest rate; neither: the statutory rate of each period.
 */
export type ContractTerms = { jurisdiction?: Jurisdiction; annualRatePercent?: number; legalRateMultiple?: number };

/** A scenario as written in the settings: every field overrides Relance's default. */
export type ScenarioSettings = {
  preventive?: { enabled?: boolean; fromDays?: number; toDays?: number; idealDays?: number };
  preventiveNudge?: { enabled?: boolean; fromDays?: number; toDays?: number; afterPreventiveDays?: number };
  /** The whole list after the due date, in order; a step left out is not sent. */
  escalation?: { step: EscalationStepId; offsetDays: number; enabled?: boolean }[];
  minGapDays?: number;
  promiseGraceDays?: number;
  promiseAck?: boolean;
  brokenPromise?: boolean;
  thankYou?: boolean;
  /** Days the firmer steps give to pay, and a formal notice gives from receipt. */
  deadlineDays?: number;
  noticeDays?: number;
};

/** Gives the clients it matches (one address, or every address of a domain) a segment, a language or a law, and their name as the reminders write it. */
export type ClientRule = {
  email?: string;
  domain?: string;
  /** The client's company as the reminders name it; the settings are the first source, before the mail. */
  company?: string;
  /** How the contact of an `email` rule is addressed ("Madame", "Mr"). */
  civility?: string;
  segment?: string;
  language?: Language;
  jurisdiction?: Jurisdiction;
};

export type OrganisationSettings = {
  version: typeof settingsVersion;
  identity: Identity;
  bank?: BankDetails;
  terms?: ContractTerms;
  /** The language of clients no rule or thread tells about. */
  defaultLanguage?: Language;
  /** The segment of clients no rule names; its scenario, or Relance's default when it has none. */
  defaultSegment?: string;
  scenarios?: Record<string, ScenarioSettings>;
  clients?: ClientRule[];
  /** Template overrides keyed `fr/overdue-1.hbs`: each replaces only that step in that language. */
  templates?: Record<string, string>;
  /** Outlook only: the app registration that lets Relance flag messages through Microsoft Graph. */
  graph?: { clientId?: string };
};

/** What each account manager sets for themselves, over the organisation's settings. */
export type PersonalSettings = {
  name?: string;
  role?: string;
  /** Direct line; the organisation's switchboard when absent. */
  phone?: string;
  /** A closing line under the name, e.g. "Responsable recouvrement – secteur Sud". */
  signature?: string;
};
