/**
 * The invoice form prefilled from the open message: what the ledger already knows about the
 * invoice wins, then what the core reads in the message, then the thread's other side as contact,
 * addressed and named as clientIdentity finds them.
 */
import { extractInvoice } from '../extract/extract-invoice';
import { findEntry } from '../ledger/find-entry';
import type { Ledger } from '../ledger/ledger';
import type { MailMessage } from '../mailbox/mail-message';
import type { Money } from '../model/money';
import { plainAmount } from '../money/plain-amount';
import { clientIdentity } from './client-identity';
import { counterpart, splitName } from './counterpart';
import { formFromEntry } from './form-from-entry';
import { emptyInvoiceForm, type InvoiceForm } from './invoice-form';

/** In the currency's own decimals: a KWD amount keeps its third decimal, a yen amount gets none. */
const amountText = (money: Money | undefined) => (money === undefined ? '' : plainAmount(money));

/** `onFailure` hears what the invoice reader's guard swallows, for the shell's log. */
export function formFromMessage(message: MailMessage, ledger: Ledger, userEmail?: string, onFailure?: (error: unknown) => void): InvoiceForm {
  const facts = extractInvoice({ subject: message.subject, body: message.body, attachmentNames: message.attachmentNames }, onFailure);
  const entry = facts.number ? findEntry(ledger, facts.number) : undefined;
  if (entry) return formFromEntry(entry);
  const other = counterpart(message, userEmail);
  const name = splitName(other?.name);
  // The settings' client rules are applied by the caller (withClientRule), which holds them.
  const known = other ? clientIdentity({ message, ledger, userEmail, email: other.email, firstName: name.firstName, lastName: name.lastName }) : {};
  return {
    ...emptyInvoiceForm,
    number: facts.number ?? '',
    issueDate: facts.issueDate ?? '',
    dueDate: facts.dueDate ?? '',
    amount: amountText(facts.amount),
    amountDue: amountText(facts.amountDue),
    currency: facts.amount?.currency ?? emptyInvoiceForm.currency,
    // Never guessed from the email domain: unknown, the field stays empty and the pane asks for it.
    company: known.company ?? '',
    civility: known.civility ?? '',
    firstName: name.firstName ?? '',
    lastName: name.lastName,
    email: other?.email ?? '',
  };
}
