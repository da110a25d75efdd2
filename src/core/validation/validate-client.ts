/** Every problem with the client and its contact, each naming its field. */
import type { FieldIssue } from '../errors/relance-error';
import { type Client, legalForms } from '../model/client';
import { checkLines, checkText } from './check-text';
import { fieldLimits } from './field-limits';
import { isEmail } from './is-email';

export function validateClient(client: Partial<Client> | undefined): FieldIssue[] {
  if (!client || typeof client !== 'object') return [{ field: 'client', problem: 'required' }];
  const contact = client.contact ?? ({} as Partial<Client['contact']>);
  const issues: FieldIssue[] = [
    ...checkText(client.company, 'client.company', fieldLimits.company, { required: true }),
    ...checkLines(client.address, 'client.address', fieldLimits.addressLine, fieldLimits.addressLines),
    ...checkText(contact.civility, 'client.contact.civility', fieldLimits.civility, { required: false }),
    ...checkText(contact.firstName, 'client.contact.firstName', fieldLimits.name, { required: false }),
    ...checkText(contact.lastName, 'client.contact.lastName', fieldLimits.name, { required: true }),
    ...checkText(contact.role, 'client.contact.role', fieldLimits.role, { required: false }),
    ...checkText(contact.phone, 'client.contact.phone', fieldLimits.phone, { required: false }),
  ];
  if (client.legalForm !== undefined && !(legalForms as readonly unknown[]).includes(client.legalForm)) {
    issues.push({ field: 'client.legalForm', problem: 'unknown-legal-form' });
  }
  const emailIssues = checkText(contact.email, 'client.contact.email', fieldLimits.email, { required: true });
  issues.push(...emailIssues);
  if (emailIssues.length === 0 && !isEmail(String(contact.email))) {
    issues.push({ field: 'client.contact.email', problem: 'invalid-email' });
  }
  return issues;
}
