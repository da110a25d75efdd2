/**
 * A client's reply as the core reads it: intent, date, amount and the sentence that decided. The
 * user may correct the date, confirms, and is then offered the matching answer as a draft.
 */
import { useState } from 'preact/hooks';
import { formatDate, formatMoney, intentLabels, type Language, type PromiseRecord, readingChoices, replyActionLabels } from '../../core';
import type { ReplyReading } from '../../core';
import { paneStrings } from './strings';

export function ReplyView(props: {
  reading: ReplyReading;
  language: Language;
  mark?: PromiseRecord;
  busy: boolean;
  canConfirm: boolean;
  /** Written by a colleague, not the client: nothing to record. */
  fromColleague?: boolean;
  /** Said when this reply is already in the log, and since when. */
  recorded?: string | undefined;
  /** The reading the user confirms: when the reader was unsure, the one the user picked. */
  onConfirm: (date: string | undefined, chosen: ReplyReading) => void;
}) {
  const choices = readingChoices(props.reading);
  const [picked, setPicked] = useState(0);
  const reading = choices[picked] ?? props.reading;
  const { language } = props;
  const strings = paneStrings[language].reply;
  const notes = paneStrings[language].replyNotes;
  const [date, setDate] = useState(reading.date ?? '');
  const pick = (index: number) => {
    setPicked(index);
    setDate(choices[index]?.date ?? '');
  };
  const datesMatter = reading.intent === 'promise' || reading.intent === 'payment-plan';
  return (
    <section class="reply" aria-label={strings.title}>
      <h2>{strings.title}</h2>
      {choices.length > 1 && (
        <fieldset class="choices">
          <legend>{strings.unsure}</legend>
          {choices.map((choice, index) => (
            <label key={choice.intent}>
              <input type="radio" name="reading" checked={picked === index} onChange={() => pick(index)} />
              {intentLabels[language][choice.intent]}
              {choice.date ? ` (${formatDate(choice.date, language)})` : ''}
            </label>
          ))}
        </fieldset>
      )}
      <dl>
        <dt>{strings.intent}</dt>
        <dd>{intentLabels[language][reading.intent]}</dd>
        {reading.amount && (
          <>
            <dt>{strings.amount}</dt>
            <dd>{formatMoney(reading.amount, language)}</dd>
          </>
        )}
        {reading.invoiceNumbers.length > 0 && (
          <>
            <dt>{strings.invoices}</dt>
            <dd>{reading.invoiceNumbers.join(', ')}</dd>
          </>
        )}
        {reading.evidence && (
          <>
            <dt>{strings.evidence}</dt>
            <dd>
              <blockquote>{reading.evidence}</blockquote>
            </dd>
          </>
        )}
      </dl>
      {datesMatter && (
        <div class="field">
          <label for="promise-date">{strings.date}</label>
          <input id="promise-date" type="date" value={date} onInput={(event) => setDate((event.currentTarget as HTMLInputElement).value)} />
        </div>
      )}
      {reading.intent === 'out-of-office' && reading.returnOn && <p>{notes.returnOn(formatDate(reading.returnOn, language))}</p>}
      {props.mark ? (
        <p class="note">{strings.alreadyConfirmed(formatDate(props.mark.date, language), formatDate(props.mark.loggedOn, language))}</p>
      ) : (
        props.recorded && <p class="note">{props.recorded}</p>
      )}
      {/* The button says what it records; a reply that commits to nothing, or a colleague's mail, has none. */}
      {props.fromColleague ? (
        <p>{notes.colleague}</p>
      ) : reading.intent === 'no-commitment' ? (
        <p>{notes.noCommitment}</p>
      ) : (
        <button type="button" class="primary" disabled={props.busy || !props.canConfirm} onClick={() => props.onConfirm(date || undefined, reading)}>
          {replyActionLabels[language][reading.intent]}
        </button>
      )}
    </section>
  );
}
