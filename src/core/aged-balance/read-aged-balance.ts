/**
 * An aged balance (balance âgée), the list of open invoices by age that every accounting tool
 * exports, read into followed invoices. papaparse reads the CSV (quotes, separators `,` `;` tab);
 * this maps the columns, reads French and English numbers and dates, and turns each row into an
 * invoice or into problems naming its line and column. Title lines above the header and total
 * lines below the rows are skipped; nothing is guessed.
 */
import Papa from 'papaparse';
import { cleanLine } from '../text/clean-text';
import { findCurrency } from '../money/find-currency';
import { isEmail } from '../validation/is-email';
import type { Invoice } from '../model/invoice';
import type { IsoDate } from '../model/iso-date';
import type { Language } from '../model/language';
import type { Money } from '../model/money';
import type { ColumnRole } from './column-vocabulary';
import { foldHeader } from './fold-header';
import { type ChosenColumns, type ColumnMapping, mapColumns, missingRoles } from './map-columns';
import { type DateOrder, detectDateOrder, parseSheetDate } from './parse-sheet-date';
import { parseSheetAmount } from './parse-sheet-amount';

export type AgedBalanceProblemCode =
  | 'empty-file'
  | 'no-header'
  | 'missing-column'
  | 'missing-value'
  | 'invalid-date'
  | 'invalid-amount'
  | 'unknown-currency'
  | 'missing-currency'
  | 'currency-mismatch'
  | 'due-before-issue'
  | 'balance-above-amount'
  | 'credit-note'
  | 'invalid-email'
  | 'duplicate-invoice';

/** `line` counts from 1 as an editor shows the file; `column` is the header as written in the file. */
export type AgedBalanceProblem = { line: number; column?: string; code: AgedBalanceProblemCode; role?: ColumnRole };

export type AgedBalanceRow = {
  line: number;
  client: { company: string; email?: string };
  invoice: Invoice;
  /** The balance is zero: the invoice was paid, its reminders stop and the thank-you is due. */
  paid: boolean;
};

export type ReadAgedBalanceInput = {
  text: string;
  language?: Language;
  /** The user's choices in the mapping step, role to header. */
  columns?: ChosenColumns;
  /** Numeric dates' order when the file does not prove it ("03/04/2026"). */
  dateOrder?: DateOrder;
  /**
   * The currency of amounts written without one. French files default to the euro; an English
   * file may be in pounds, dollars or euros, so there it must be said (the mapping step asks).
   */
  currency?: string;
};

export type AgedBalance = {
  rows: AgedBalanceRow[];
  problems: AgedBalanceProblem[];
  /** Every header of the file with the role it was given, for the mapping step. */
  columns: { header: string; role?: ColumnRole }[];
};

/** A header line names at least two known roles, one of them the invoice number or the client. */
function isHeaderLine(cells: string[], chosen?: ChosenColumns): boolean {
  const mapping = mapColumns(cells, chosen);
  const roles = Object.keys(mapping).length;
  return roles >= 2 && (mapping.number !== undefined || mapping.client !== undefined);
}

const totalWords = new Set(['total', 'totaux', 'sous total', 'total general', 'grand total', 'subtotal', 'sub total', 'totals']);

function isTotalLine(cells: string[], mapping: ColumnMapping): boolean {
  const number = mapping.number === undefined ? '' : (cells[mapping.number] ?? '').trim();
  return cells.some((cell) => totalWords.has(foldHeader(cell))) || (number === '' && cells.some((cell) => foldHeader(cell).startsWith('total')));
}

type ParsedLine = { line: number; cells: string[] };

const delimiters = [';', ',', '\t', '|'] as const;

/**
 * The delimiter under which a header line appears among the first lines. papaparse guesses from
 * the first lines too, and a title line above the header ("Balance âgée au …") misleads it.
 */
function findDelimiter(text: string, chosen?: ChosenColumns): string | undefined {
  const head = text.split('\n', 30).join('\n');
  let best: { delimiter: string; roles: number } | undefined;
  for (const delimiter of delimiters) {
    for (const parsed of parseLines(head, delimiter)) {
      if (!isHeaderLine(parsed.cells, chosen)) continue;
      const roles = Object.keys(mapColumns(parsed.cells, chosen)).length;
      if (roles > (best?.roles ?? 0)) best = { delimiter, roles };
      break;
    }
  }
  return best?.delimiter;
}

/** The rows with their first line in the file: a quoted cell may hold line breaks. */
function parseLines(text: string, delimiter: string): ParsedLine[] {
  const lines: ParsedLine[] = [];
  let line = 1;
  let cursor = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      const start = cursor;
      // Leading line breaks belong to blank lines papaparse passed over.
      let first = start;
      while (first < end && (text[first] === '\n' || text[first] === '\r')) {
        if (text[first] === '\n') line += 1;
        first += 1;
      }
      lines.push({ line, cells: result.data.map((cell) => String(cell)) });
      for (let index = first; index < end; index += 1) if (text[index] === '\n') line += 1;
      cursor = end;
    },
  });
  return lines;
}

const cell = (cells: string[], index: number | undefined) => (index === undefined ? '' : cleanLine(cells[index] ?? ''));

export function readAgedBalance(input: ReadAgedBalanceInput): AgedBalance {
  const problems: AgedBalanceProblem[] = [];
  const text = input.text.replace(/^\ufeff/, '');
  if (text.trim() === '') return { rows: [], problems: [{ line: 1, code: 'empty-file' }], columns: [] };
  const delimiter = findDelimiter(text, input.columns);
  if (delimiter === undefined) return { rows: [], problems: [{ line: 1, code: 'no-header' }], columns: [] };
  const lines = parseLines(text, delimiter).filter((parsed) => parsed.cells.some((value) => value.trim() !== ''));
  const headerAt = lines.findIndex((parsed) => isHeaderLine(parsed.cells, input.columns));
  if (headerAt < 0) return { rows: [], problems: [{ line: 1, code: 'no-header' }], columns: [] };
  const header = lines[headerAt] as ParsedLine;
  const headers = header.cells.map((value) => cleanLine(value));
  const mapping = mapColumns(headers, input.columns);
  const roleAt = new Map(Object.entries(mapping).map(([role, index]) => [index, role as ColumnRole]));
  const columns = headers.map((name, index) => ({ header: name, ...(roleAt.has(index) ? { role: roleAt.get(index) as ColumnRole } : {}) }));
  const missing = missingRoles(mapping);
  if (missing.length > 0) {
    return { rows: [], problems: missing.map((role) => ({ line: header.line, code: 'missing-column', role })), columns };
  }

  const body = lines.slice(headerAt + 1).filter((parsed) => !isTotalLine(parsed.cells, mapping));
  const dateSamples = body.flatMap((parsed) => [cell(parsed.cells, mapping.issueDate), cell(parsed.cells, mapping.dueDate)]);
  const order = input.dateOrder ?? detectDateOrder(dateSamples);
  const defaultCurrency = input.currency ?? (input.language === 'en' ? '' : 'EUR');
  const rows: AgedBalanceRow[] = [];
  const seen = new Map<string, number>();

  for (const parsed of body) {
    const rowProblems: AgedBalanceProblem[] = [];
    const problem = (role: ColumnRole, code: AgedBalanceProblemCode) => {
      const index = mapping[role];
      rowProblems.push({ line: parsed.line, code, role, ...(index === undefined ? {} : { column: headers[index] ?? role }) });
    };
    const number = cell(parsed.cells, mapping.number);
    const company = cell(parsed.cells, mapping.client);
    const email = cell(parsed.cells, mapping.email);
    if (number === '') problem('number', 'missing-value');
    if (company === '') problem('client', 'missing-value');
    if (email !== '' && !isEmail(email)) problem('email', 'invalid-email');

    const dateOf = (role: 'issueDate' | 'dueDate'): IsoDate | undefined => {
      const raw = cell(parsed.cells, mapping[role]);
      if (raw === '') {
        problem(role, 'missing-value');
        return undefined;
      }
      const date = parseSheetDate(raw, order);
      if (!date) problem(role, 'invalid-date');
      return date;
    };
    const dueDate = dateOf('dueDate');
    const issueDate = mapping.issueDate === undefined ? undefined : dateOf('issueDate');
    if (mapping.issueDate === undefined) problem('issueDate', 'missing-value');
    if (issueDate && dueDate && dueDate < issueDate) problem('dueDate', 'due-before-issue');

    const columnCurrency = cell(parsed.cells, mapping.currency).toUpperCase();
    const amountOf = (role: 'amount' | 'balance'): Money | undefined => {
      const raw = cell(parsed.cells, mapping[role]);
      if (raw === '') return undefined;
      const read = parseSheetAmount(raw, findCurrency(columnCurrency || defaultCurrency)?.minorDigits ?? 2);
      if (!read) {
        problem(role, 'invalid-amount');
        return undefined;
      }
      const code = read.currency ?? (columnCurrency || defaultCurrency);
      if (code === '') {
        problem(role, 'missing-currency');
        return undefined;
      }
      if (!findCurrency(code)) {
        problem(mapping.currency === undefined ? role : 'currency', 'unknown-currency');
        return undefined;
      }
      if (read.currency && columnCurrency && read.currency !== columnCurrency) problem(role, 'currency-mismatch');
      return { value: read.value, currency: code };
    };
    const total = amountOf('amount');
    const balance = amountOf('balance');
    const amount = total ?? balance;
    if (!amount && !rowProblems.some((found) => found.role === 'amount' || found.role === 'balance' || found.role === 'currency')) problem(mapping.amount === undefined ? 'balance' : 'amount', 'missing-value');
    if (amount && amount.value < 0) problem(total ? 'amount' : 'balance', 'credit-note');
    if (total && balance && balance.value > total.value) problem('balance', 'balance-above-amount');
    if (total && balance && total.currency !== balance.currency) problem('balance', 'currency-mismatch');

    const key = `${foldHeader(company)}|${number.toUpperCase().replace(/\s+/g, '')}`;
    if (number !== '' && seen.has(key)) problem('number', 'duplicate-invoice');

    if (rowProblems.length > 0 || !amount || !issueDate || !dueDate) {
      problems.push(...rowProblems);
      continue;
    }
    seen.set(key, parsed.line);
    const paid = balance !== undefined && balance.value === 0;
    const partlyPaid = total !== undefined && balance !== undefined && balance.value > 0 && balance.value < total.value;
    const invoice: Invoice = { number, issueDate, dueDate, amount, ...(partlyPaid ? { amountDue: balance } : {}) };
    rows.push({ line: parsed.line, client: { company, ...(email ? { email } : {}) }, invoice, paid });
  }
  return { rows, problems, columns };
}
