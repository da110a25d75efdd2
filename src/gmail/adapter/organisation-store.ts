/**
 * The organisation settings document in script properties. A property value holds 9 KB, so the
 * JSON is cut into chunks under `RELANCE_SETTINGS_<n>`, with a header giving the count, the length
 * and a revision. Every save runs under the script lock, re-reads the revision inside it and is
 * refused when another admin saved since the card was shown, so nobody overwrites a colleague
 * without knowing. A read that sees a half-written set (header and chunks disagree) retries under
 * the lock. Before any document exists, the older SENDER_* properties are read as one.
 */
import type { OrganisationSettings } from '../../core';
import { hostCall } from './to-mailbox-error';

export const headerKey = 'RELANCE_SETTINGS';
export const chunkKey = (index: number) => `RELANCE_SETTINGS_${index}`;
export const adminsKey = 'RELANCE_ADMINS';

/** 2,500 UTF-16 units are at most 7,500 bytes of UTF-8: under the 9 KB a value may hold, key included. */
export const chunkLength = 2500;
/** Script properties hold 500 KB in all: the document stays well below, with room for the rest. */
export const maxDocumentLength = 200_000;
const lockWaitMs = 10_000;

type Header = { count: number; length: number; revision: number };

/** What is stored: the text as the admin saved it (parsed later, so a broken save is never lost) and its revision. */
export type StoredDocument = { text: string; revision: number } | undefined;

export class SaveConflictError extends Error {
  constructor() {
    super('The organisation settings were saved by someone else since this card was shown.');
    this.name = 'SaveConflictError';
  }
}

function parseHeader(raw: string | null | undefined): Header | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<Header>;
    return typeof value.count === 'number' && typeof value.length === 'number' && typeof value.revision === 'number' ? (value as Header) : undefined;
  } catch {
    return undefined;
  }
}

function readWith(all: Record<string, string>): StoredDocument | 'torn' {
  const header = parseHeader(all[headerKey]);
  if (!header) return undefined;
  let text = '';
  for (let index = 0; index < header.count; index += 1) text += all[chunkKey(index)] ?? '';
  return text.length === header.length ? { text, revision: header.revision } : 'torn';
}

export function withScriptLock<T>(locks: GoogleAppsScript.Lock.LockService, run: () => T): T {
  const lock = hostCall(() => locks.getScriptLock());
  // waitLock throws when the lock is not had in time: the save is refused, never done unlocked.
  hostCall(() => lock.waitLock(lockWaitMs));
  try {
    return run();
  } finally {
    lock.releaseLock();
  }
}

export function readDocument(scriptProperties: GoogleAppsScript.Properties.Properties, locks: GoogleAppsScript.Lock.LockService): StoredDocument {
  const first = readWith(hostCall(() => scriptProperties.getProperties()));
  if (first !== 'torn') return first;
  const second = withScriptLock(locks, () => readWith(hostCall(() => scriptProperties.getProperties())));
  return second === 'torn' ? undefined : second;
}

/** Saves the text if the stored revision is still `expectedRevision` (0: nothing saved yet). */
export function saveDocument(
  scriptProperties: GoogleAppsScript.Properties.Properties,
  locks: GoogleAppsScript.Lock.LockService,
  text: string,
  expectedRevision: number,
): number {
  if (text.length > maxDocumentLength) throw new RangeError(`The organisation settings exceed ${maxDocumentLength} characters.`);
  return withScriptLock(locks, () => {
    const all = hostCall(() => scriptProperties.getProperties());
    const current = parseHeader(all[headerKey]);
    if ((current?.revision ?? 0) !== expectedRevision) throw new SaveConflictError();
    const count = Math.max(1, Math.ceil(text.length / chunkLength));
    const values: Record<string, string> = {};
    for (let index = 0; index < count; index += 1) values[chunkKey(index)] = text.slice(index * chunkLength, (index + 1) * chunkLength);
    const revision = expectedRevision + 1;
    values[headerKey] = JSON.stringify({ count, length: text.length, revision });
    hostCall(() => scriptProperties.setProperties(values));
    // Chunks left over from a longer document would only waste the store's 500 KB.
    for (let index = count; index < (current?.count ?? 0); index += 1) hostCall(() => scriptProperties.deleteProperty(chunkKey(index)));
    return revision;
  });
}

/** `RELANCE_ADMINS`: addresses separated by commas, spaces or lines, compared without case. */
export function isAdmin(scriptProperties: GoogleAppsScript.Properties.Properties, email: string | undefined): boolean {
  if (!email) return false;
  const admins = (hostCall(() => scriptProperties.getProperty(adminsKey)) ?? '').split(/[\s,;]+/).filter(Boolean);
  return admins.some((admin) => admin.toLowerCase() === email.trim().toLowerCase());
}

/** The properties earlier versions asked admins to set by hand, read as a document until one is saved. */
const legacy = {
  company: 'SENDER_COMPANY',
  iban: 'SENDER_IBAN',
  bic: 'SENDER_BIC',
  address: 'SENDER_ADDRESS',
  city: 'SENDER_CITY',
  phone: 'SENDER_PHONE',
  /** Company form, capital, registration and registered office: required in letters. */
  legalMentions: 'SENDER_LEGAL_MENTIONS',
  /** UK bank details, printed in English reminders. */
  sortCode: 'SENDER_SORT_CODE',
  accountNumber: 'SENDER_ACCOUNT_NUMBER',
  /** FR or UK: the late-payment law applied from the penalties letter on. */
  jurisdiction: 'PENALTY_JURISDICTION',
  /** A contractual annual rate, e.g. 15; left empty, each period's statutory rate applies. */
  rate: 'PENALTY_RATE_PERCENT',
} as const;

export function legacyDocument(script: Record<string, string>): OrganisationSettings | undefined {
  const read = (key: string) => script[key]?.trim() || undefined;
  const company = read(legacy.company);
  if (!company) return undefined;
  const address = read(legacy.address)
    ?.split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const jurisdiction = read(legacy.jurisdiction)?.toUpperCase();
  const typedRate = read(legacy.rate);
  const rate = Number(typedRate?.replace(',', '.'));
  const given = <K extends string>(key: K, value: string | undefined) => (value ? ({ [key]: value } as Record<K, string>) : {});
  const bank = {
    ...given('iban', read(legacy.iban)),
    ...given('bic', read(legacy.bic)),
    ...given('sortCode', read(legacy.sortCode)),
    ...given('accountNumber', read(legacy.accountNumber)),
  };
  return {
    version: 1,
    identity: {
      company,
      ...given('legalMentions', read(legacy.legalMentions)),
      ...(address?.length ? { address } : {}),
      ...given('city', read(legacy.city)),
      ...given('phone', read(legacy.phone)),
    },
    ...(Object.keys(bank).length > 0 ? { bank } : {}),
    // The law alone is enough; a rate typed is kept even when wrong, so the letter names it instead of ignoring it.
    ...(jurisdiction === 'FR' || jurisdiction === 'UK' ? { terms: { jurisdiction, ...(typedRate === undefined ? {} : { annualRatePercent: rate }) } } : {}),
  };
}
