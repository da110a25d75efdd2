/**
 * Completes a client's contact on each of its followed invoices: an aged balance names the company
 * and at best an address, never the person a reminder greets, so the user gives it once.
 *
 * Calls, in order: readRecord and writeRecord for each invoice.
 * Failure policy:
 * - A contact without a last name or with an address that is not one is refused (`invalid-input`,
 *   each field named) before any call.
 * - Each record is written on its own; a write that fails stops the use case with its error. The
 *   records written before it keep the new contact (each is right on its own); saving again
 *   completes the others. Nothing else in a record changes.
 */
import { RelanceError, type FieldIssue } from '../errors/relance-error';
import type { LedgerEntry } from '../ledger/ledger';
import type { Client } from '../model/client';
import { isEmail } from '../validation/is-email';
import type { UseCase } from './port-call';
import { updateRecord } from './update-record';

export function* updateClientContact(input: { entries: readonly LedgerEntry[]; contact: Client['contact'] }): UseCase<LedgerEntry[]> {
  const contact = Object.fromEntries(Object.entries(input.contact).map(([field, value]) => [field, typeof value === 'string' ? value.trim() : value]).filter(([, value]) => value !== '')) as Partial<Client['contact']>;
  const issues: FieldIssue[] = [];
  if (!contact.lastName) issues.push({ field: 'client.contact.lastName', problem: 'required' });
  if (!contact.email) issues.push({ field: 'client.contact.email', problem: 'required' });
  else if (!isEmail(contact.email)) issues.push({ field: 'client.contact.email', problem: 'invalid-email' });
  if (issues.length > 0) throw new RelanceError('invalid-input', issues);
  const complete = contact as Client['contact'];
  const updated: LedgerEntry[] = [];
  for (const entry of input.entries) {
    const client: Client = { ...entry.client, contact: complete };
    updated.push((yield* updateRecord({ ...entry, client }, (record) => record)).entry);
  }
  return updated;
}
