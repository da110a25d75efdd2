/**
 * "Paiement reçu": the day the money arrived and how much, recorded so the reminders stop and the
 * thank-you is offered, or, for less than the balance, go on for what remains.
 */
import { useState } from 'preact/hooks';
import { formatAmountInput, type IsoDate, type Language, type Money } from '../../core';
import { paneStrings } from './strings';

export function PaymentReceived(props: { language: Language; today: IsoDate; balance: Money; busy: boolean; onRecord: (paidOn: IsoDate, typedAmount: string) => void }) {
  const strings = paneStrings[props.language].payment;
  const [paidOn, setPaidOn] = useState(props.today);
  // Prefilled with the balance, written as the user writes numbers ("4 860,00", "4,860.00").
  const [amount, setAmount] = useState(() => formatAmountInput(props.balance, props.language));
  return (
    <section class="payment" aria-label={strings.title}>
      <h2>{strings.title}</h2>
      <div class="field">
        <label for="paid-on">{strings.date}</label>
        <input id="paid-on" type="date" max={props.today} value={paidOn} onInput={(event) => setPaidOn((event.currentTarget as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="paid-amount">
          {strings.amount} ({props.balance.currency})
        </label>
        <input id="paid-amount" type="text" inputMode="decimal" autoComplete="off" value={amount} onInput={(event) => setAmount((event.currentTarget as HTMLInputElement).value)} />
      </div>
      <button type="button" disabled={props.busy} onClick={() => props.onRecord(paidOn, amount)}>
        {strings.record}
      </button>
    </section>
  );
}
