/**
 * Today's work across every followed invoice: each client with its step, its invoices and the total
 * demanded, one button to draft its reminder; then the broken promises and what cannot be planned.
 */
import { useState } from 'preact/hooks';
import { describeError, formatDate, formatMoney, type Language, stepLabels, type TodayClient, type TodayPlan } from '../../core';
import { capitalised } from './capitalised';
import { todayStrings } from './today-strings';

export type TodayViewProps = {
  plan: TodayPlan;
  language: Language;
  /** Drafts one reminder for all of the client's invoices listed; resolves with what to tell the user, if more than "draft created". */
  onDraft: (client: TodayClient) => Promise<string | void>;
};

type Drafting = { key: string; state: 'busy' | 'done' | 'failed'; error?: unknown; said?: string };

const keyOf = (client: TodayClient) => `${client.client.company}|${client.step}|${client.invoices.map((entry) => entry.invoice.number).join(',')}`;

export function TodayView({ plan, language, onDraft }: TodayViewProps) {
  const strings = todayStrings[language];
  const [drafting, setDrafting] = useState<Drafting>();
  const draft = (client: TodayClient) => {
    const key = keyOf(client);
    setDrafting({ key, state: 'busy' });
    onDraft(client).then(
      (said) => setDrafting({ key, state: 'done', ...(said ? { said } : {}) }),
      (error: unknown) => setDrafting({ key, state: 'failed', error }),
    );
  };
  return (
    <section class="today" aria-labelledby="today-title">
      <h2 id="today-title">{strings.title}</h2>
      {plan.clients.length === 0 && <p>{strings.nothing}</p>}
      <ul class="today-clients">
        {plan.clients.map((client) => {
          const key = keyOf(client);
          const state = drafting?.key === key ? drafting : undefined;
          return (
            <li key={key} class="today-client">
              <h3>{client.client.company}</h3>
              <p>
                <strong>{capitalised(stepLabels[client.step][language])}</strong> · {strings.invoices(client.invoices.length)} · <span class="nowrap">{formatMoney(client.total, language)}</span> · {strings.daysLate(client.daysLate)}
              </p>
              <ul class="today-invoices">
                {client.invoices.map((entry) => (
                  <li key={entry.invoice.number}>
                    <span class="nowrap">{entry.invoice.number}</span> · <span class="nowrap">{formatMoney(entry.invoice.amountDue ?? entry.invoice.amount, language)}</span> · {strings.daysLate(entry.daysLate)}
                  </li>
                ))}
              </ul>
              <button type="button" aria-busy={state?.state === 'busy'} disabled={state?.state === 'busy'} onClick={() => draft(client)}>
                {state?.state === 'busy' ? strings.drafting : client.step === 'thank-you' ? strings.draftThanks : strings.draft}
              </button>
              {state?.state === 'done' && <p role="status">{state.said ?? strings.drafted(client.client.company)}</p>}
              {state?.state === 'failed' && (
                <div role="alert" class="error">
                  <p>{describeError(state.error, language).title}</p>
                  {/* Which field is at fault, so the user knows what to complete. */}
                  {describeError(state.error, language).details.length > 0 && (
                    <ul>
                      {describeError(state.error, language).details.map((detail) => (
                        <li key={detail}>{detail}</li>
                      ))}
                    </ul>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {plan.brokenPromises.length > 0 && (
        <>
          <h2>{strings.brokenTitle}</h2>
          <ul>
            {plan.brokenPromises.map((broken) => (
              <li key={`${broken.client.company}|${broken.invoice.number}`}>
                {broken.client.company} · <span class="nowrap">{broken.invoice.number}</span> · {strings.brokenPromise(formatDate(broken.promisedOn, language))}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.unplanned.length > 0 && (
        <>
          <h2>{strings.unplannedTitle}</h2>
          <ul>
            {plan.unplanned.map((entry) => (
              <li key={`${entry.client.company}|${entry.invoice.number}`}>
                {entry.client.company} · <span class="nowrap">{entry.invoice.number}</span>
                {language === 'fr' ? '\u00a0: ' : ': '}
                {describeError(entry.error, language).details.join(language === 'fr' ? '\u00a0; ' : '; ') || describeError(entry.error, language).title}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
