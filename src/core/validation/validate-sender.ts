/** Every problem with the sender's identity and bank details, each naming its field. */
import type { FieldIssue } from '../errors/relance-error';
import type { Sender } from '../model/sender';
import { checkLines, checkText } from './check-text';
import { fieldLimits } from './field-limits';
import { isEmail } from './is-email';
import { isIban } from './is-iban';

export function validateSender(sender: Partial<Sender> | undefined): FieldIssue[] {
  if (!sender || typeof sender !== 'object') return [{ field: 'sender', problem: 'required' }];
  const issues: FieldIssue[] = [
    ...checkText(sender.name, 'sender.name', fieldLimits.name, { required: true }),
    ...checkText(sender.company, 'sender.company', fieldLimits.company, { required: true }),
    ...checkText(sender.role, 'sender.role', fieldLimits.role, { required: false }),
    ...checkText(sender.phone, 'sender.phone', fieldLimits.phone, { required: false }),
    ...checkText(sender.city, 'sender.city', fieldLimits.name, { required: false }),
    ...checkText(sender.legalMentions, 'sender.legalMentions', fieldLimits.legalMentions, { required: false }),
    ...checkLines(sender.address, 'sender.address', fieldLimits.addressLine, fieldLimits.addressLines),
  ];
  const emailIssues = checkText(sender.email, 'sender.email', fieldLimits.email, { required: false });
  issues.push(...emailIssues);
  if (emailIssues.length === 0 && sender.email && !isEmail(sender.email)) {
    issues.push({ field: 'sender.email', problem: 'invalid-email' });
  }
  if (typeof sender.iban === 'string' && sender.iban.trim() !== '' && !isIban(sender.iban)) {
    issues.push({ field: 'sender.iban', problem: 'invalid-iban' });
  }
  if (typeof sender.bic === 'string' && sender.bic.trim() !== '' && !/^[a-z]{6}[a-z0-9]{2}(?:[a-z0-9]{3})?$/i.test(sender.bic.trim())) {
    issues.push({ field: 'sender.bic', problem: 'invalid-bic' });
  }
  // UK bank details: a six-digit sort code ("20-20-15") and an eight-digit account number.
  if (typeof sender.sortCode === 'string' && sender.sortCode.trim() !== '' && !/^\d{2}[- ]?\d{2}[- ]?\d{2}$/.test(sender.sortCode.trim())) {
    issues.push({ field: 'sender.sortCode', problem: 'invalid-sort-code' });
  }
  if (typeof sender.accountNumber === 'string' && sender.accountNumber.trim() !== '' && !/^\d{8}$/.test(sender.accountNumber.replace(/\s/g, ''))) {
    issues.push({ field: 'sender.accountNumber', problem: 'invalid-account-number' });
  }
  return issues;
}
