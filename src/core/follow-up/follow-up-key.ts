/**
 * The key of an invoice's record: its client and its number, never a message id. It is also a
 * file name (OneDrive) and a property name (Apps Script), so it is made of [a-z0-9.-_] only:
 * the company without accents, case or punctuation, then the invoice key, any other character
 * written as `_` and its code in hex, so two different numbers never share a key.
 */
import { invoiceKey } from '../ledger/invoice-key';
import type { Client } from '../model/client';
import type { Invoice } from '../model/invoice';

export type FollowUpKey = string;

function companyKey(company: string): string {
  const plain = company
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  return plain === '' ? 'client' : plain.slice(0, 60);
}

function numberKey(number: string): string {
  let key = '';
  for (const character of invoiceKey(number)) {
    key += /[A-Z0-9-]/.test(character) ? character : `_${(character.codePointAt(0) ?? 0).toString(16)}_`;
  }
  return key === '' ? '_' : key;
}

export function followUpKey(client: Pick<Client, 'company'>, invoice: Pick<Invoice, 'number'>): FollowUpKey {
  return `${companyKey(client.company)}.${numberKey(invoice.number)}`;
}

/** True for a string followUpKey could have made: stores refuse anything else as a file or property name. */
export function isFollowUpKey(value: string): boolean {
  return /^[a-z0-9]{1,60}\.[A-Z0-9_a-f-]{1,200}$/.test(value);
}
