/**
 * `npx tsx scripts/score-heldout.ts <replies.jsonl> [invoices.jsonl]`: scores the readers on a
 * frozen held-out set and prints aggregate lines only (intent, date, recall per intent, invoice
 * fields, mails read exactly), never the text or the id of a case, so scoring cannot turn into tuning.
 */
import { readFileSync } from 'node:fs';
import { extractInvoice } from '../src/core/extract/extract-invoice';
import { readReply } from '../src/core/reply/read-reply';
import { replyIntents } from '../src/core/reply/reply-reading';
import type { InvoiceEmailCase } from '../test/fixtures/invoice-emails/invoice-email-case';
import type { ReplyCase } from '../test/fixtures/replies/reply-case';
import { scoreInvoiceEmails, scoreReplies } from '../test/fixtures/score-corpus';

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

function scoreReplyFile(path: string): string[] {
  const cases = readJsonl<ReplyCase>(path);
  if (cases.length === 0) return [`replies: none in ${path}`];
  const score = scoreReplies(cases, readReply);
  const wrongIntent = new Set(score.misses.filter((miss) => miss.field === 'intent').map((miss) => miss.id));
  const recall = replyIntents.flatMap((intent) => {
    const of = cases.filter((reply) => reply.expected.intent === intent);
    return of.length ? [`${intent} ${percent(of.filter((reply) => !wrongIntent.has(reply.id)).length / of.length)} of ${of.length}`] : [];
  });
  const field = (name: string) => score.misses.filter((miss) => miss.field === name).length;
  return [
    `replies (${cases.length}): intent ${percent(score.intent)}, date ${percent(score.date)} (of those stating one: ${percent(score.statedDate)})`,
    `recall per intent: ${recall.join(', ')}`,
    `other fields wrong: amount ${field('amount')}, invoice numbers ${field('invoiceNumbers')}, language ${field('language')}`,
  ];
}

function scoreInvoiceFile(path: string): string[] {
  const cases = readJsonl<InvoiceEmailCase>(path);
  if (cases.length === 0) return [`invoice mails: none in ${path}`];
  const score = scoreInvoiceEmails(cases, extractInvoice);
  return [`invoice mails (${cases.length}): field accuracy ${percent(score.fields)}, mails read exactly ${percent(score.exact)}, wrong values ${score.wrong}`];
}

const [replies, invoices] = process.argv.slice(2);
if (!replies) {
  console.error('usage: npx tsx scripts/score-heldout.ts <replies.jsonl> [invoices.jsonl]');
  process.exit(2);
}
for (const line of [...scoreReplyFile(replies), ...(invoices ? scoreInvoiceFile(invoices) : [])]) console.log(line);
