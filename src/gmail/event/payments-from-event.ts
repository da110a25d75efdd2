/**
 * The part payment lines as the user left them in the card, in the card's order. A line whose date
 * and amount are both empty is one the user cleared (or the empty slot left unused): it is dropped.
 */
import type { PaymentLine } from '../../core';
import type { AddonEvent } from './addon-event';
import { formValue } from './form-value';
import { paymentFieldName, paymentFieldOf } from './payment-field-name';

/** Undefined when the event carries no payment input at all (a trigger, or a card without the form). */
export function paymentsFromEvent(event: AddonEvent): PaymentLine[] | undefined {
  const names = Object.keys(event.commonEventObject?.formInputs ?? {});
  // Only the lines the card sent: a forged index costs one entry, never a loop up to it.
  const indexes = [...new Set(names.map((name) => paymentFieldOf(name)?.index).filter((index): index is number => index !== undefined))];
  if (indexes.length === 0) return undefined;
  indexes.sort((a, b) => a - b);
  return indexes
    .map((index) => ({
      // Gmail may leave an emptied input out of the event: missing means empty, not "as before".
      on: formValue(event, paymentFieldName(index, 'on')) ?? '',
      amount: formValue(event, paymentFieldName(index, 'amount')) ?? '',
    }))
    .filter((line) => line.on.trim() !== '' || line.amount.trim() !== '');
}
