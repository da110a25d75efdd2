/** `npm run bench`: how well and how fast the mail readers read their corpora. */
import { extractInvoice } from '../src/core/extract/extract-invoice';
import { readReply } from '../src/core/reply/read-reply';
import { invoiceEmailCorpus, notInvoiceEmails } from '../test/fixtures/invoice-emails';
import { heldoutInvoiceEmails, heldoutInvoiceEmails2 } from '../test/fixtures/invoice-emails/heldout-invoice-emails';
import { replyCorpus } from '../test/fixtures/replies';
import { heldoutReplies, heldoutReplies2, heldoutReplies3, heldoutReplies4, heldoutReplies5, heldoutReplies6, heldoutReplies7, heldoutReplies8, trainingReplies } from '../test/fixtures/replies/jsonl-corpus';
import { scoreInvoiceEmails, scoreReplies } from '../test/fixtures/score-corpus';

const runs = 10_000;
const budgetSeconds = 5;

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const ms = (value: number) => `${value.toFixed(3)} ms`;

/** Times `read` over `runs` inputs taken in turn from `inputs`. */
function time<T>(inputs: T[], read: (input: T) => unknown): { times: number[]; total: number } {
  const times: number[] = [];
  const started = performance.now();
  for (let run = 0; run < runs; run++) {
    const input = inputs[run % inputs.length] as T;
    const before = performance.now();
    read(input);
    times.push(performance.now() - before);
  }
  return { times: times.sort((a, b) => a - b), total: (performance.now() - started) / 1000 };
}

/** Intent and date accuracy of one set of replies, on one line. */
function scoreLine(name: string, cases: typeof replyCorpus): string {
  if (cases.length === 0) return `${name}: none`;
  const score = scoreReplies(cases, readReply);
  return `${name} (${cases.length} replies): intent ${percent(score.intent)}, date ${percent(score.date)} (of those stating one: ${percent(score.statedDate)})`;
}

export function benchReadReply(): string[] {
  const all = [...replyCorpus, ...trainingReplies, ...heldoutReplies];
  const { times, total } = time(all, (reply) => readReply({ text: reply.text, receivedOn: reply.receivedOn }));
  const median = percentile(times, 0.5);
  return [
    scoreLine('held-out #1 (scored at each version since session 7; never tuned on)', heldoutReplies),
    scoreLine('held-out #2 (written 2026-12-03, session 10; never tuned on)', heldoutReplies2),
    scoreLine('held-out #3 (written 2026-12-03, session 11; never tuned on)', heldoutReplies3),
    scoreLine('held-out #4 (written 2026-12-03, session 11; never tuned on)', heldoutReplies4),
    scoreLine('held-out #5 (written 2026-12-03, session 11; never tuned on)', heldoutReplies5),
    scoreLine('held-out #6 (written 2026-12-03, session 11; never tuned on)', heldoutReplies6),
    scoreLine('held-out #7 (written 2026-12-03, session 11; never tuned on)', heldoutReplies7),
    scoreLine('held-out #8 (written 2026-12-03, session 11; never tuned on)', heldoutReplies8),
    scoreLine('training corpus (blind authors)', trainingReplies),
    scoreLine('project corpus', replyCorpus),
    `time per reply: median ${ms(median)} (budget 0.5 ms)${median <= 0.5 ? '' : '  OVER BUDGET'}, p99 ${ms(percentile(times, 0.99))}`,
    `${runs.toLocaleString('en-GB')} replies in ${total.toFixed(2)} s (budget ${budgetSeconds} s)${total < budgetSeconds ? '' : '  OVER BUDGET'}`,
  ];
}

export function benchExtractInvoice(): string[] {
  const score = scoreInvoiceEmails([...invoiceEmailCorpus, ...notInvoiceEmails], extractInvoice);
  const { times, total } = time([...invoiceEmailCorpus, ...notInvoiceEmails], (email) => extractInvoice(email.message));
  return [
    ...([
      ['held-out #1', heldoutInvoiceEmails],
      ['held-out #2', heldoutInvoiceEmails2],
    ] as const).flatMap(([name, mails]) => {
      if (mails.length === 0) return [];
      const held = scoreInvoiceEmails(mails, extractInvoice);
      return [`${name}, never tuned on (${mails.length} mails): field accuracy ${percent(held.fields)} (budget 95 %), mails read exactly ${percent(held.exact)}, wrong values ${held.wrong}`];
    }),
    `corpus: ${invoiceEmailCorpus.length} invoice mails, ${notInvoiceEmails.length} other mails`,
    `field accuracy: ${percent(score.fields)}, mails read exactly: ${percent(score.exact)}, wrong values: ${score.wrong}`,
    `time per mail: median ${ms(percentile(times, 0.5))}, p99 ${ms(percentile(times, 0.99))}`,
    `${runs.toLocaleString('en-GB')} mails in ${total.toFixed(2)} s`,
  ];
}

/** Pasted data, noise and markup a megabyte long: the readers must stay bounded whatever the mail. */
const hostileSeeds = ['x', 'Le virement partira le 15. ', 'paiement sous réserve le 15 ', 'facture n° F-1 de 2 000,00 € ', '<div>Total : 1 €</div><br>&nbsp;', '\u0000\u00ff\u0010 é', 'le 1er 16/03/2026 ', '> quoted\n', '00 00 00 ', '<', '<!--', '<script>', ' ,', '. ', 'Cordialement AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'];
const megabyte = 1024 * 1024;
const hostileBudgetMs = 200;

export function benchHostileMail(): string[] {
  let worstReply = 0;
  let worstInvoice = 0;
  for (const seed of hostileSeeds) {
    const text = seed.repeat(Math.ceil(megabyte / seed.length)).slice(0, megabyte);
    let before = performance.now();
    readReply({ text, receivedOn: '2026-03-11' });
    worstReply = Math.max(worstReply, performance.now() - before);
    before = performance.now();
    extractInvoice({ subject: 'Facture F-2026-0142', body: text, attachmentNames: [text.slice(0, 2000)] });
    worstInvoice = Math.max(worstInvoice, performance.now() - before);
  }
  const line = (what: string, worst: number) => `${what} of 1 MB, worst of ${hostileSeeds.length}: ${ms(worst)} (budget ${hostileBudgetMs} ms)${worst < hostileBudgetMs ? '' : '  OVER BUDGET'}`;
  return [line('reply', worstReply), line('invoice mail', worstInvoice)];
}
