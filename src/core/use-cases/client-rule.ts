/**
 * A client rule of the organisation's settings naming a contact's company or civility: the first
 * source of both, applied to the prefilled form. Kept apart from the mail readers (clientIdentity),
 * so the pane's first paint does not carry them.
 */
import type { ClientRule } from '../settings/organisation-settings';
import type { InvoiceForm } from './invoice-form';

export type ClientIdentity = { company?: string; civility?: string };

/** The client rule of the settings that names this very address (a domain rule names no person). */
export function ruleIdentity(rules: readonly ClientRule[] | undefined, email: string): ClientIdentity {
  const rule = (rules ?? []).find((candidate) => candidate.email?.trim().toLowerCase() === email.trim().toLowerCase());
  const domain = email.trim().toLowerCase().split('@')[1];
  const domainRule = (rules ?? []).find((candidate) => candidate.domain && candidate.domain.toLowerCase() === domain);
  const company = rule?.company ?? domainRule?.company;
  return { ...(company ? { company } : {}), ...(rule?.civility ? { civility: rule.civility } : {}) };
}

/** The settings come first: a client rule naming the contact's company or civility overrides what was read. */
export function withClientRule(form: InvoiceForm, rules: readonly ClientRule[] | undefined): InvoiceForm {
  if (!form.email) return form;
  const ruled = ruleIdentity(rules, form.email);
  return { ...form, ...(ruled.company ? { company: ruled.company } : {}), ...(ruled.civility ? { civility: ruled.civility } : {}) };
}
