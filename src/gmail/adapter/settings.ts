/**
 * What Relance needs to sign a reminder. The organisation's identity and bank details come from
 * Script Properties an admin sets once (File > Project properties, or `clasp`); the account
 * manager's name, role and phone may be set per user in User Properties; the address comes from
 * the signed-in Google account.
 */
import type { Jurisdiction, RelanceSettings, Sender } from '../../core';
import { hostCall } from './to-mailbox-error';

/** Script Properties an admin sets; user properties with the same names override the personal ones. */
export const settingKeys = {
  name: 'SENDER_NAME',
  role: 'SENDER_ROLE',
  phone: 'SENDER_PHONE',
  company: 'SENDER_COMPANY',
  iban: 'SENDER_IBAN',
  bic: 'SENDER_BIC',
  /** UK bank details, printed in English reminders. */
  sortCode: 'SENDER_SORT_CODE',
  accountNumber: 'SENDER_ACCOUNT_NUMBER',
  /** Company form, capital, registration and registered office: required in letters. */
  legalMentions: 'SENDER_LEGAL_MENTIONS',
  /** Postal address, one line per line. */
  address: 'SENDER_ADDRESS',
  city: 'SENDER_CITY',
  /** FR or UK: the late-payment law applied from the penalties letter on. */
  jurisdiction: 'PENALTY_JURISDICTION',
  /** A contractual annual rate, e.g. 15; left empty, each period's statutory rate applies. */
  rate: 'PENALTY_RATE_PERCENT',
} as const;

const personal = new Set<string>([settingKeys.name, settingKeys.role, settingKeys.phone]);

/** "sophie.martin@atelier-lumen.fr" → "Sophie Martin": a signature until the user sets their own. */
export function nameFromEmail(email: string): string {
  return (email.split('@')[0] ?? '')
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}

export function loadSettings(
  scriptProperties: GoogleAppsScript.Properties.Properties,
  userProperties: GoogleAppsScript.Properties.Properties,
  session: GoogleAppsScript.Base.Session,
): RelanceSettings {
  const script = hostCall(() => scriptProperties.getProperties());
  const user = hostCall(() => userProperties.getProperties());
  const read = (key: string): string | undefined => {
    const value = (personal.has(key) ? (user[key] ?? script[key]) : script[key])?.trim();
    return value ? value : undefined;
  };
  const userEmail = hostCall(() => session.getActiveUser().getEmail()) || undefined;
  const address = read(settingKeys.address)
    ?.split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const optional = <K extends keyof Sender>(key: K, value: Sender[K] | undefined) => (value === undefined ? {} : { [key]: value });
  const sender: Sender = {
    name: read(settingKeys.name) ?? (userEmail ? nameFromEmail(userEmail) : ''),
    company: read(settingKeys.company) ?? '',
    ...optional('role', read(settingKeys.role)),
    ...optional('phone', read(settingKeys.phone)),
    ...optional('email', userEmail),
    ...optional('iban', read(settingKeys.iban)),
    ...optional('bic', read(settingKeys.bic)),
    ...optional('sortCode', read(settingKeys.sortCode)),
    ...optional('accountNumber', read(settingKeys.accountNumber)),
    ...optional('legalMentions', read(settingKeys.legalMentions)),
    ...optional('address', address && address.length > 0 ? address : undefined),
    ...optional('city', read(settingKeys.city)),
  };
  const jurisdiction = read(settingKeys.jurisdiction)?.toUpperCase();
  const typedRate = read(settingKeys.rate);
  const rate = Number(typedRate?.replace(',', '.'));
  // The law alone is enough; a rate typed is kept even when wrong, so the render names it instead of ignoring it.
  const terms =
    jurisdiction === 'FR' || jurisdiction === 'UK'
      ? { terms: { jurisdiction: jurisdiction as Jurisdiction, ...(typedRate === undefined ? {} : { annualRatePercent: rate }) } }
      : {};
  return { sender, ...(userEmail ? { userEmail } : {}), ...terms };
}
