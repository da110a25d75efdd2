/**
 * One source of truth for how a contact is addressed and what their company is called, the same in
 * every flow: the organisation's settings (a client rule naming them), then the log (another invoice
 * of the same contact), then the greeting of the user's own earlier mail (the message, or the
 * history quoted under a reply), then the contact's signature. Never the email domain: a domain
 * is no company name ("harpercole.co.uk" is not "Co"). Unknown stays empty, for the user to fill in.
 */
import type { Ledger } from '../ledger/ledger';
import type { MailMessage } from '../mailbox/mail-message';
import { stripQuotedHistory } from '../reply/strip-quoted-history';
import type { ClientRule } from '../settings/organisation-settings';
import { type ClientIdentity, ruleIdentity } from './client-rule';
import { civilityFromGreeting } from './counterpart';

export type { ClientIdentity };

const sameAddress = (a: string | undefined, b: string | undefined) => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/** What the log already knows of the contact, from another invoice of theirs. */
function loggedIdentity(ledger: Ledger, email: string): ClientIdentity {
  const entry = ledger.entries.find((candidate) => sameAddress(candidate.client.contact.email, email));
  if (!entry) return {};
  const { company } = entry.client;
  const { civility } = entry.client.contact;
  return { ...(company ? { company } : {}), ...(civility ? { civility } : {}) };
}

/** The civility the user greeted the contact with: in the message they wrote, or in their mail quoted under a reply. */
function greetedCivility(message: MailMessage, userEmail: string | undefined, lastName: string): string | undefined {
  if (sameAddress(message.from.email, userEmail)) return civilityFromGreeting(message.body, lastName);
  // Under a reply: each line of the quoted history, where the user's own greeting sits.
  const own = stripQuotedHistory(message.body);
  const quoted = message.body.slice(own.length);
  for (const line of quoted.split('\n')) {
    const text = line.replace(/^[>\s]+/, '');
    if (text === '') continue;
    const civility = civilityFromGreeting(text, lastName);
    if (civility) return civility;
  }
  return undefined;
}

/** Lines of a signature that are not a company: a phone, an address, a web site, a job title. */
const notCompany = /@|https?:|www\.|\d{2}[\s.]?\d{2}|^(?:t[ée]l|phone|mobile|fax|portable)\b/i;
const jobTitles =
  /^(?:g[ée]rante?|directeur|directrice|responsable|assistante?|comptable|associ[ée]e?|pr[ée]sidente?|charg[ée]e?|head|manager|director|accountant|partner|chief|ceo|cfo|owner|founder|fondateur|fondatrice)\b/i;

/** The company under the contact's name in the signature of the mail they wrote; nothing when it is not there. */
function signatureCompany(message: MailMessage, userEmail: string | undefined, fullName: string): string | undefined {
  if (sameAddress(message.from.email, userEmail) || fullName.trim() === '') return undefined;
  const lines = stripQuotedHistory(message.body)
    .split('\n')
    .map((line) => line.trim());
  const nameAt = lines.map((line) => line.toLowerCase()).lastIndexOf(fullName.trim().toLowerCase());
  if (nameAt < 0) return undefined;
  // The two lines under the name: a job title may come first, the company then.
  for (const line of lines.slice(nameAt + 1, nameAt + 3)) {
    if (line === '' || line.length > 80) return undefined;
    if (notCompany.test(line)) return undefined;
    if (!jobTitles.test(line)) return line;
  }
  return undefined;
}

/** The company and civility of the form's contact, each from the first source that knows it. */
export function clientIdentity(input: {
  message: MailMessage;
  ledger: Ledger;
  userEmail?: string | undefined;
  email: string;
  firstName?: string | undefined;
  lastName: string;
  rules?: readonly ClientRule[] | undefined;
}): ClientIdentity {
  const fromRule = ruleIdentity(input.rules, input.email);
  const fromLog = loggedIdentity(input.ledger, input.email);
  const company = fromRule.company ?? fromLog.company ?? signatureCompany(input.message, input.userEmail, [input.firstName, input.lastName].filter(Boolean).join(' '));
  const civility = fromRule.civility ?? fromLog.civility ?? greetedCivility(input.message, input.userEmail, input.lastName);
  return { ...(company ? { company } : {}), ...(civility ? { civility } : {}) };
}
