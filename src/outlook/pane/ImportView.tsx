/**
 * Import an aged balance: paste or choose the CSV, see which column holds what (and choose the
 * ones not recognised), see every row that cannot be followed with its line and column, then
 * follow the rest. The reader loads only here (papaparse stays out of the pane's first paint).
 */
import { useState } from 'preact/hooks';
import {
  type AgedBalance,
  type ColumnRole,
  columnRoleLabels,
  columnRoles,
  describeAgedBalanceProblem,
  describeError,
  type Language,
  type ReadAgedBalanceInput,
} from '../../core';
import { todayStrings } from './today-strings';

export type ImportSummary = { added: number; updated: number; unchanged: number };

export type ImportViewProps = {
  language: Language;
  read: (input: ReadAgedBalanceInput) => Promise<AgedBalance>;
  /** What following these rows would change, before anything is written. */
  preview: (balance: AgedBalance) => Promise<ImportSummary>;
  /** Follows the rows; resolves with what was written. */
  onImport: (balance: AgedBalance) => Promise<ImportSummary>;
};

const currencies = ['EUR', 'GBP', 'USD', 'CHF'];

export function ImportView({ language, read, preview, onImport }: ImportViewProps) {
  const strings = todayStrings[language].import;
  const [text, setText] = useState('');
  const [columns, setColumns] = useState<Partial<Record<ColumnRole, string>>>({});
  const [currency, setCurrency] = useState<string>();
  const [balance, setBalance] = useState<AgedBalance>();
  const [summary, setSummary] = useState<ImportSummary>();
  const [done, setDone] = useState<ImportSummary>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const readText = async (content: string, chosen = columns, chosenCurrency = currency) => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const result = await read({ text: content, language, columns: chosen, ...(chosenCurrency ? { currency: chosenCurrency } : {}) });
      setBalance(result);
      setSummary(result.rows.length > 0 ? await preview(result) : undefined);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const follow = async () => {
    if (!balance) return;
    setBusy(true);
    try {
      setDone(await onImport(balance));
      setSummary(undefined);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const missingRoles = new Set(balance?.problems.filter((problem) => problem.code === 'missing-column').map((problem) => problem.role));
  const needsCurrency = balance?.problems.some((problem) => problem.code === 'missing-currency') ?? false;
  const rowProblems = balance?.problems.filter((problem) => problem.code !== 'missing-column') ?? [];

  return (
    <section class="import" aria-labelledby="import-title" aria-busy={busy}>
      <h2 id="import-title">{strings.title}</h2>
      <p>{strings.intro}</p>
      <label for="import-file">{strings.file}</label>
      <input
        id="import-file"
        type="file"
        accept=".csv,text/csv,text/plain"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) void file.text().then((content) => { setText(content); return readText(content); });
        }}
      />
      <label for="import-text">{strings.paste}</label>
      <textarea id="import-text" rows={6} value={text} onInput={(event) => setText(event.currentTarget.value)} />
      <button type="button" disabled={busy || text.trim() === ''} onClick={() => void readText(text)}>
        {strings.read}
      </button>
      {balance && balance.columns.length > 0 && (missingRoles.size > 0 || needsCurrency) && (
        <fieldset>
          <legend>{strings.columnsTitle}</legend>
          {columnRoles
            .filter((role) => missingRoles.has(role))
            .map((role) => (
              <p key={role}>
                <label for={`column-${role}`}>{strings.columnFor(columnRoleLabels[role][language])}</label>
                <select
                  id={`column-${role}`}
                  value={columns[role] ?? ''}
                  onChange={(event) => {
                    const chosen = { ...columns, [role]: event.currentTarget.value };
                    setColumns(chosen);
                    void readText(text, chosen);
                  }}
                >
                  <option value="">{strings.noColumn}</option>
                  {balance.columns.map((column) => (
                    <option key={column.header} value={column.header}>
                      {column.header}
                    </option>
                  ))}
                </select>
              </p>
            ))}
          {needsCurrency && (
            <p>
              <label for="import-currency">{strings.currency}</label>
              <select
                id="import-currency"
                value={currency ?? ''}
                onChange={(event) => {
                  setCurrency(event.currentTarget.value);
                  void readText(text, columns, event.currentTarget.value);
                }}
              >
                <option value="">{strings.noColumn}</option>
                {currencies.map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
            </p>
          )}
        </fieldset>
      )}
      {rowProblems.length > 0 && (
        <div role="alert">
          <h3>{strings.problemsTitle(new Set(rowProblems.map((problem) => problem.line)).size)}</h3>
          <ul>
            {rowProblems.slice(0, 50).map((problem) => (
              <li key={`${problem.line}-${problem.role ?? ''}-${problem.code}`}>{describeAgedBalanceProblem(problem, language)}</li>
            ))}
          </ul>
        </div>
      )}
      {summary && balance && (
        <>
          <p role="status">{strings.ready(summary.added, summary.updated, summary.unchanged)}</p>
          <button type="button" disabled={busy || summary.added + summary.updated === 0} onClick={() => void follow()}>
            {strings.confirm(summary.added + summary.updated)}
          </button>
        </>
      )}
      {done && <p role="status">{strings.done(done.added, done.updated)}</p>}
      {error !== undefined && (
        <p role="alert" class="error">
          {describeError(error, language).title}
        </p>
      )}
    </section>
  );
}
