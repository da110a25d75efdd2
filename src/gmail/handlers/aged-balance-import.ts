/**
 * An aged balance pasted in the import card, read and matched against the follow-up store: the
 * rows, every problem by line and column, what following them would change, and whether it fits
 * in Gmail's storage. The same reading serves the card that asks and the click that follows.
 */
import {
  type AgedBalance,
  type AgedBalanceProblem,
  type AgedBalanceRow,
  type ColumnRole,
  columnRoles,
  type FollowUpListing,
  followUpKey,
  followedRecords,
  matchAgedBalance,
  type MatchedRecords,
  readAgedBalance,
  recordsOfMatch,
} from '../../core';
import { checkImport, type ImportRefusal } from '../adapter/import-follow-ups';
import { formValue } from '../event/form-value';
import { columnField, currencyField, pasteField, pasteLimit } from '../event/today-fields';
import type { HandlerContext } from '../handler-context';


/** The mapping step's choices: role to header, as the user picked them. */
export type ChosenColumns = Partial<Record<ColumnRole, string>>;

export type ImportChoices = { text: string; columns: ChosenColumns; currency?: string };

export function choicesOf(ctx: HandlerContext): ImportChoices {
  const columns: ChosenColumns = {};
  for (const role of columnRoles) {
    const chosen = formValue(ctx.event, columnField(role));
    if (chosen) columns[role] = chosen;
  }
  const currency = formValue(ctx.event, currencyField);
  return { text: formValue(ctx.event, pasteField) ?? '', columns, ...(currency ? { currency } : {}) };
}

export type ImportReading =
  | { state: 'too-long'; choices: ImportChoices }
  | {
      state: 'read';
      choices: ImportChoices;
      balance: AgedBalance;
      /** The rows that can be followed, one per record key. */
      rows: AgedBalanceRow[];
      problems: AgedBalanceProblem[];
      summary: { added: number; updated: number; unchanged: number };
      refusal?: ImportRefusal;
      /** The line of the row a refusal is about. */
      refusalLine?: number;
    };

/** Two spellings of one client ("Durand SA", "Durand S.A.") make one record key: the second row is a duplicate. */
function oneRowPerKey(rows: AgedBalanceRow[]): { rows: AgedBalanceRow[]; problems: AgedBalanceProblem[] } {
  const seen = new Set<string>();
  const kept: AgedBalanceRow[] = [];
  const problems: AgedBalanceProblem[] = [];
  for (const row of rows) {
    const key = followUpKey(row.client, row.invoice);
    if (seen.has(key)) problems.push({ line: row.line, code: 'duplicate-invoice', role: 'number' });
    else {
      seen.add(key);
      kept.push(row);
    }
  }
  return { rows: kept, problems };
}

export function readImport(ctx: HandlerContext, choices: ImportChoices): { balance: AgedBalance; rows: AgedBalanceRow[]; problems: AgedBalanceProblem[] } {
  const balance = readAgedBalance({ text: choices.text, language: ctx.language, columns: choices.columns, ...(choices.currency ? { currency: choices.currency } : {}) });
  const unique = oneRowPerKey(balance.rows);
  const problems = [...balance.problems, ...unique.problems].sort((a, b) => a.line - b.line);
  return { balance, rows: unique.rows, problems };
}

export function matchImport(ctx: HandlerContext, listing: FollowUpListing, rows: AgedBalanceRow[]): { matched: MatchedRecords; unchanged: number } {
  const match = matchAgedBalance(followedRecords(listing), rows, ctx.today);
  return { matched: recordsOfMatch(match, ctx.today), unchanged: match.unchanged.length };
}

export function readAndMatch(ctx: HandlerContext, choices: ImportChoices, store: { listing: FollowUpListing; all: Record<string, string> }): ImportReading {
  if (choices.text.length > pasteLimit) return { state: 'too-long', choices };
  const { balance, rows, problems } = readImport(ctx, choices);
  const { matched, unchanged } = matchImport(ctx, store.listing, rows);
  const checked = checkImport(store.all, matched);
  return {
    state: 'read',
    choices,
    balance,
    rows,
    problems,
    summary: { added: matched.created.length, updated: matched.changed.length, unchanged },
    ...('refusal' in checked ? { refusal: checked.refusal, ...('key' in checked.refusal ? { refusalLine: lineOfKey(rows, checked.refusal.key) } : {}) } : {}),
  };
}

/** The line of the row a record key comes from, for a refusal the user can act on. */
function lineOfKey(rows: AgedBalanceRow[], key: string): number {
  return rows.find((row) => followUpKey(row.client, row.invoice) === key)?.line ?? 0;
}
