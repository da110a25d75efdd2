/**
 * "Envoyée ?": a reminder drafted and not yet known sent. With Graph the conversation's sent items
 * are looked at once, when the invoice is shown; without Graph the pane asks the user, who may
 * have discarded the draft (HOST-FACTS, Outlook: a form that opens saves nothing).
 */
import { awaitingSend, formatDate, type IsoDate, type Language, type LedgerEntry, type StepId, stepLabels } from '../../core';
import { useEffect, useRef } from 'preact/hooks';
import { paneStrings } from './strings';

export function SentQuestion(props: {
  entry: LedgerEntry | undefined;
  language: Language;
  seesSentItems: boolean;
  busy: boolean;
  onLook: (entry: LedgerEntry) => void;
  onConfirm: (entry: LedgerEntry, step: StepId, on: IsoDate) => void;
}) {
  const { entry, language } = props;
  const waiting = entry?.events ? awaitingSend({ invoice: entry.invoice, client: entry.client, events: entry.events }) : [];
  const looked = useRef<string | undefined>(undefined);
  const onLook = props.onLook;
  useEffect(() => {
    const id = entry ? (entry.key ?? entry.invoice.number) : undefined;
    if (!props.seesSentItems || !entry || waiting.length === 0 || looked.current === id) return;
    looked.current = id;
    onLook(entry);
  }, [props.seesSentItems, entry, waiting.length, onLook]);
  if (props.seesSentItems || !entry || waiting.length === 0) return null;
  const strings = paneStrings[language].sent;
  return (
    <div class="sent-questions">
      {waiting.map((draft) => (
        <div class="banner" role="group" key={`${draft.step}-${draft.on}`}>
          <p>{strings.question(stepLabels[draft.step][language], formatDate(draft.on, language))}</p>
          <button type="button" disabled={props.busy} onClick={() => props.onConfirm(entry, draft.step, draft.on)}>
            {strings.yes}
          </button>
        </div>
      ))}
    </div>
  );
}
