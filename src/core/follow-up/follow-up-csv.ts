/**
 * The whole log as CSV for a spreadsheet: one row per event (reminders, calls, promises, disputes,
 * documents and plans asked for, payments), not only promises. Every cell is quoted, and a cell a
 * spreadsheet would run as a formula (=, +, -, @, tab or return first) is prefixed with a quote:
 * what a client writes is hostile. (papaparse's `escapeFormulae` does the same, but its typings
 * need Node's, which the core may not load.)
 */
import type { Language } from '../model/language';
import type { Money } from '../model/money';
import { plainAmount } from '../money/plain-amount';
import { stepLabels } from '../render/step-labels';
import type { FollowUpEvent } from './follow-up-event';
import type { FollowUpRecord } from './follow-up-record';
import { eventLabels, phoneOutcomeLabels, sentEvidenceLabels } from './event-labels';

const headers: Record<Language, string[]> = {
  fr: ['Client', 'Contact', 'Facture', 'Date', 'Événement', 'Étape', 'Date promise', 'Montant', 'Devise', 'Détail'],
  en: ['Client', 'Contact', 'Invoice', 'Date', 'Event', 'Step', 'Promised date', 'Amount', 'Currency', 'Detail'],
};

/** A leading tab or line break, or a formula character (ASCII or full-width) behind any run of blanks. */
const formulaStart = /^(?:[\t\n\r]|[\s\u200b-\u200d\u2060]*[+\-=@\uff0b\uff0d\uff1d\uff20])/;

function cell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

function amountCells(money: Money | undefined, language: Language): [string, string] {
  if (!money) return ['', ''];
  return [plainAmount(money, language === 'fr' ? ',' : '.'), money.currency];
}

function detail(event: FollowUpEvent, language: Language): string {
  switch (event.kind) {
    case 'sent':
      return sentEvidenceLabels[event.seenIn][language];
    case 'phone-call':
      return [phoneOutcomeLabels[event.outcome][language], event.note].filter(Boolean).join(' — ');
    case 'payment-received':
      return [event.partial ? (language === 'fr' ? 'acompte' : 'part payment') : '', event.means].filter(Boolean).join(' — ');
    case 'stopped':
      return event.note ?? '';
    case 'promise':
    case 'dispute':
    case 'documents-asked':
    case 'plan-asked':
    case 'payment-announced':
      return event.evidence ?? '';
    default:
      return '';
  }
}

export function followUpCsv(records: readonly FollowUpRecord[], language: Language): string {
  const separator = language === 'fr' ? ';' : ',';
  const lines = [headers[language].map(cell).join(separator)];
  for (const record of records) {
    for (const event of record.events) {
      const step = 'step' in event ? (stepLabels[event.step][language]) : '';
      const money = 'amount' in event ? event.amount : undefined;
      lines.push(
        [
          record.client.company,
          record.client.contact.email,
          record.invoice.number,
          event.on,
          eventLabels[event.kind][language],
          step,
          event.kind === 'promise' ? event.date : '',
          ...amountCells(money, language),
          detail(event, language),
        ]
          .map(cell)
          .join(separator),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
