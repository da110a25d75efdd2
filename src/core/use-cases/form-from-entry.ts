/** A followed invoice back as the form the user corrects. */
import type { LedgerEntry } from '../ledger/ledger';
import { balanceAfter } from '../money/balance-after';
import type { Money } from '../model/money';
import { plainAmount } from '../money/plain-amount';
import { toMinorUnits } from '../money/to-minor-units';
import type { InvoiceForm } from './invoice-form';

/** In the currency's own decimals: a KWD amount keeps its third decimal, a yen amount gets none. */
const amountText = (money: Money | undefined) => (money === undefined ? '' : plainAmount(money));

/**
 * The balance is left blank when the logged payments account for it: the form works it out again,
 * so adding or removing a payment does not leave a stale balance to correct by hand.
 */
function balanceText({ invoice, history }: LedgerEntry): string {
  const payments = history.partialPayments ?? [];
  if (!invoice.amountDue) return '';
  const explained = payments.length > 0 && toMinorUnits(balanceAfter(invoice.amount, payments)) === toMinorUnits(invoice.amountDue);
  return explained ? '' : amountText(invoice.amountDue);
}

export function formFromEntry(entry: LedgerEntry): InvoiceForm {
  const { invoice, client, history } = entry;
  return {
    number: invoice.number,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    amount: amountText(invoice.amount),
    amountDue: balanceText(entry),
    currency: invoice.amount.currency,
    description: invoice.description ?? '',
    company: client.company,
    civility: client.contact.civility ?? '',
    firstName: client.contact.firstName ?? '',
    lastName: client.contact.lastName,
    email: client.contact.email,
    phone: client.contact.phone ?? '',
    payments: (history.partialPayments ?? []).map((payment) => ({ on: payment.on, amount: amountText(payment.amount) })),
  };
}
