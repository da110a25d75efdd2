/**
 * The facts of an invoice from the mail it was sent with: its number (subject, body, then
 * attachment names), its amount incl. tax, what remains due, its issue and due dates. A mail
 * that holds no invoice gives {}; a fact that is not certain is left out rather than guessed.
 * Pure, and never throws.
 */
import { isIsoDate } from '../dates/is-iso-date';
import type { IsoDate } from '../model/iso-date';
import type { Money } from '../model/money';
import { cleanText } from '../text/clean-text';
import { detectLanguage } from '../reply/detect-language';
import { findInvoiceNumbers } from '../reply/find-invoice-numbers';
import { htmlToText } from '../reply/html-to-text';
import { normalizeForMatching } from '../reply/normalize-for-matching';
import { invoiceVocabulary } from './compiled-invoice-vocabulary';
import { dueDateFromTerms } from './due-date-from-terms';
import { findLabelledAmounts, type LabelledAmount } from './find-labelled-amounts';
import { findLabelledDates, type LabelledDate } from './find-labelled-dates';
import type { InvoiceFacts, InvoiceMessage } from './invoice-facts';
import { textLines } from './text-lines';

/** An invoice mail is short; the rest of a huge body is pasted data. */
const bodyLimit = 100_000;

/**
 * An invoice mail names an invoice in its subject or attachments, or gives an invoice number in
 * its body. A newsletter that mentions invoices, a quote or a credit note is not one.
 */
function isInvoiceMessage(subject: string, body: string, attachments: string[]): boolean {
  const foldedSubject = normalizeForMatching(subject);
  const names = normalizeForMatching(attachments.join(' ').replace(/[_-]/g, ' '));
  if (invoiceVocabulary.otherDocuments.test(foldedSubject) && !invoiceVocabulary.invoiceWords.test(foldedSubject)) return false;
  return (
    invoiceVocabulary.invoiceWords.test(foldedSubject) ||
    invoiceVocabulary.invoiceWords.test(names) ||
    findInvoiceNumbers(attachments.join('\n')).length > 0 ||
    findInvoiceNumbers(body).length > 0
  );
}

/** "facture d'acompte FA-12", "deposit invoice INV-1001 (paid)": an earlier invoice the mail recalls, not the one it sends. */
const depositBefore = /(?:acomptes?|deposit)\b[^.\n]{0,25}$/;

/**
 * The body's invoice number: a balance invoice often recalls the deposit invoice first, so a
 * number introduced as a deposit gives way to any other the body names.
 */
function bodyNumber(body: string): string | undefined {
  const numbers = findInvoiceNumbers(body);
  const folded = normalizeForMatching(body);
  const isDeposit = (number: string) => {
    const at = folded.indexOf(normalizeForMatching(number));
    return at >= 0 && depositBefore.test(folded.slice(Math.max(0, at - 40), at));
  };
  return numbers.find((number) => !isDeposit(number)) ?? numbers[0];
}

function numberOf(subject: string, body: string, attachments: string[]): string | undefined {
  return findInvoiceNumbers(subject)[0] ?? bodyNumber(body) ?? attachments.map((name) => findInvoiceNumbers(name)[0]).find(Boolean);
}

function amountsOf(amounts: LabelledAmount[]): { amount?: Money; amountDue?: Money } {
  const first = (kind: LabelledAmount['kind']) => amounts.find((entry) => entry.kind === kind)?.money;
  const excluded = new Set(amounts.filter((entry) => entry.kind === 'excl' || entry.kind === 'tax').map((entry) => entry.money.value));
  const due = first('due');
  const plain = amounts.find((entry) => entry.kind === 'plain' && !excluded.has(entry.money.value))?.money;
  // With no total, what is due is the amount of the invoice unless part of it was paid.
  const amount = first('incl') ?? plain ?? (first('paid') ? undefined : due);
  return { ...(amount ? { amount } : {}), ...(due ? { amountDue: due } : {}) };
}

function isoOf(year: number, month: number, day: number): IsoDate | undefined {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(text) ? text : undefined;
}

/** A due date written without its year is the first such day on or after the issue date. */
function dueOf(dates: LabelledDate[], issueDate: IsoDate | undefined): IsoDate | undefined {
  const due = dates.find((entry) => entry.kind === 'due');
  if (!due) return undefined;
  if (due.year !== undefined) return isoOf(due.year, due.month, due.day);
  if (!issueDate) return undefined;
  const year = Number(issueDate.slice(0, 4));
  return [year, year + 1].map((candidate) => isoOf(candidate, due.month, due.day)).find((date) => date !== undefined && date >= issueDate);
}

function issueOf(dates: LabelledDate[]): IsoDate | undefined {
  const issue = dates.find((entry) => entry.kind === 'issue' && entry.year !== undefined);
  return issue?.year !== undefined ? isoOf(issue.year, issue.month, issue.day) : undefined;
}

function extract(message: InvoiceMessage): Partial<InvoiceFacts> {
  const subject = cleanText(String(message.subject ?? '')).slice(0, 1000);
  const body = cleanText(htmlToText(String(message.body ?? '').slice(0, bodyLimit)));
  const attachments = (Array.isArray(message.attachmentNames) ? message.attachmentNames : []).map((name) => cleanText(String(name)).slice(0, 300));
  if (!isInvoiceMessage(subject, body, attachments)) return {};
  const lines = textLines(`${subject}\n${body}`);
  const amounts = amountsOf(findLabelledAmounts(lines));
  const currency = amounts.amount?.currency ?? amounts.amountDue?.currency;
  const language = detectLanguage(`${subject}\n${body}`);
  // US tools write 03/10/2026 for 10 March; a mail in English billed in dollars is read month first.
  const dates = findLabelledDates(lines, language, language === 'en' && currency === 'USD' ? 'month-first' : 'day-first');
  const issueDate = issueOf(dates);
  const dueDate = dueOf(dates, issueDate) ?? (issueDate ? dueDateFromTerms(lines, issueDate) : undefined);
  const number = numberOf(subject, body, attachments);
  return {
    ...(number ? { number } : {}),
    ...amounts,
    ...(issueDate ? { issueDate } : {}),
    ...(dueDate && (!issueDate || dueDate >= issueDate) ? { dueDate } : {}),
  };
}

/** `onFailure` hears what the guard swallows, so a shell can log it (the core has no log). */
export function extractInvoice(message: InvoiceMessage, onFailure?: (error: unknown) => void): Partial<InvoiceFacts> {
  try {
    return extract(message);
  } catch (error) {
    onFailure?.(error);
    // An odd mail must not break the form it prefills: knowing nothing is the safe answer.
    return {};
  }
}
