/**
 * The promise log as CSV for a spreadsheet. Cells are quoted, and a cell a spreadsheet would run
 * as a formula is prefixed with a quote: client text is hostile. Spreadsheets skip leading blanks
 * (spaces, no-break spaces, zero-width characters, line breaks) and read full-width "＝" as "=",
 * so a formula character behind any of them counts too (OWASP "CSV Injection").
 */
import type { Language } from '../model/language';
import { plainAmount } from '../money/plain-amount';
import type { PromiseRow } from './promise-rows';

const headers: Record<Language, string[]> = {
  fr: ['Client', 'Contact', 'Factures', 'Montant', 'Devise', 'Date promise', 'Enregistrée le', 'Statut', 'Citation'],
  en: ['Client', 'Contact', 'Invoices', 'Amount', 'Currency', 'Promised date', 'Logged on', 'Status', 'Quote'],
};

const statuses: Record<Language, Record<PromiseRow['status'], string>> = {
  fr: { kept: 'tenue', pending: 'en attente', broken: 'non tenue' },
  en: { kept: 'kept', pending: 'pending', broken: 'broken' },
};

/** A leading tab or line break, or a formula character (ASCII or full-width) behind any run of blanks. */
const formulaStart = /^(?:[\t\n\r]|[\s\u200b-\u200d\u2060]*[+\-=@\uff0b\uff0d\uff1d\uff20])/;

function cell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(rows: PromiseRow[], language: Language): string {
  const separator = language === 'fr' ? ';' : ',';
  const lines = [headers[language].map(cell).join(separator)];
  for (const row of rows) {
    const amount = plainAmount(row.amount, language === 'fr' ? ',' : '.');
    lines.push(
      [row.company, row.contactEmail, row.invoiceNumbers.join(' '), amount, row.amount.currency, row.date, row.loggedOn, statuses[language][row.status], row.evidence]
        .map(cell)
        .join(separator),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
