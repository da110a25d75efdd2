/** "Paiement reçu": the day the money arrived, recorded so the reminders stop and the thank-you is offered. */
import { useState } from 'preact/hooks';
import type { IsoDate, Language } from '../../core';
import { paneStrings } from './strings';

export function PaymentReceived(props: { language: Language; today: IsoDate; busy: boolean; onRecord: (paidOn: IsoDate) => void }) {
  const strings = paneStrings[props.language].payment;
  const [paidOn, setPaidOn] = useState(props.today);
  return (
    <section class="payment" aria-label={strings.title}>
      <h2>{strings.title}</h2>
      <div class="field">
        <label for="paid-on">{strings.date}</label>
        <input id="paid-on" type="date" max={props.today} value={paidOn} onInput={(event) => setPaidOn((event.currentTarget as HTMLInputElement).value)} />
      </div>
      <button type="button" disabled={props.busy} onClick={() => props.onRecord(paidOn)}>
        {strings.record}
      </button>
    </section>
  );
}
