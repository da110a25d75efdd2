/** The promises logged, the follow-ups due, every event of the log with a filter, the storage left and a CSV export. */
import {
  eventDetail,
  eventLabels,
  type FollowUpRow,
  formatDate,
  formatMoney,
  type Language,
  type LedgerCapacity,
  type LogEvent,
  type LogFilter,
  logFilters,
  type PromiseRow,
  stepLabels,
} from '../../core';
import { useState } from 'preact/hooks';
import { paneStrings } from './strings';

const kilobytes = (bytes: number, language: Language) => `${(bytes / 1024).toFixed(1).replace('.', language === 'fr' ? ',' : '.')}\u00a0${language === 'fr' ? 'Ko' : 'KB'}`;

type CopyState = 'idle' | 'copied' | 'failed';

export function LogView(props: {
  rows: PromiseRow[];
  followUps: FollowUpRow[];
  /** Every event of the log for a filter, newest first. */
  events: (filter: LogFilter) => LogEvent[];
  /** Absent when the store has room for any log. */
  capacity?: LedgerCapacity | undefined;
  language: Language;
  onExport: () => void;
  /** Copies the CSV; the webviews that ignore downloads still have the clipboard or a selection. */
  onCopy: () => Promise<boolean>;
  csv: () => string;
}) {
  const { language, capacity } = props;
  const strings = paneStrings[language].log;
  const [copy, setCopy] = useState<CopyState>('idle');
  const [filter, setFilter] = useState<LogFilter>('all');
  const events = props.events(filter);
  const percent = capacity ? Math.round((capacity.usedBytes / capacity.limitBytes) * 100) : 0;
  return (
    <section class="log" aria-label={strings.title}>
      {capacity && capacity.level !== 'ok' && (
        <div class="banner banner-warning" role="alert">
          <p>{capacity.level === 'full' ? strings.full : strings.nearlyFull(percent)}</p>
        </div>
      )}
      <h2>{strings.followUps}</h2>
      {props.followUps.length === 0 ? (
        <p>{strings.noFollowUps}</p>
      ) : (
        <ul class="follow-ups">
          {props.followUps.map((row) => (
            <li key={row.invoiceNumber}>
              <strong>{row.company}</strong> · {row.invoiceNumber} · {stepLabels[row.step][language]}
            </li>
          ))}
        </ul>
      )}
      <h2>{strings.promises}</h2>
      {props.rows.length === 0 ? (
        <p>{strings.empty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{strings.headers.client}</th>
              <th>{strings.headers.invoices}</th>
              <th>{strings.headers.amount}</th>
              <th>{strings.headers.date}</th>
              <th>{strings.headers.status}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={`${row.id}-${row.date}`} class={`status-${row.status}`}>
                <td>{row.company}</td>
                <td>{row.invoiceNumbers.join(', ')}</td>
                <td>{formatMoney(row.amount, language)}</td>
                <td>{formatDate(row.date, language)}</td>
                <td>{strings.statuses[row.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{strings.events}</h2>
      <label for="log-filter">{strings.filter}</label>{' '}
      <select id="log-filter" value={filter} onChange={(event) => setFilter(event.currentTarget.value as LogFilter)}>
        {logFilters.map((each) => (
          <option key={each} value={each}>
            {strings.filters[each]}
          </option>
        ))}
      </select>
      {events.length === 0 ? (
        <p>{strings.noEvents}</p>
      ) : (
        <ul class="events">
          {events.map((row, index) => {
            const detail = eventDetail(row.event, language);
            return (
              <li key={`${row.key}-${row.on}-${index}`}>
                {formatDate(row.on, language)} · <strong>{row.company}</strong> · {row.invoiceNumber} · {eventLabels[row.event.kind][language]}
                {detail ? ` · ${detail}` : ''}
              </li>
            );
          })}
        </ul>
      )}
      {capacity && <p class="usage">{strings.usage(kilobytes(capacity.usedBytes, language), kilobytes(capacity.limitBytes, language))}</p>}
      <div class="actions">
        <button type="button" onClick={props.onExport}>
          {paneStrings[language].actions.exportCsv}
        </button>
        <button type="button" onClick={() => void props.onCopy().then((done) => setCopy(done ? 'copied' : 'failed'), () => setCopy('failed'))}>
          {strings.copy}
        </button>
      </div>
      {copy === 'copied' && <p role="status">{strings.copied}</p>}
      {copy === 'failed' && (
        <div class="copy-fallback">
          <label for="log-csv">{strings.copyFailed}</label>
          <textarea id="log-csv" readOnly rows={6} value={props.csv()} onFocus={(event) => event.currentTarget.select()} />
        </div>
      )}
    </section>
  );
}
