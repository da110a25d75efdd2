/**
 * What a client's reply commits to: its intent, the date and amount it names, the invoices of the
 * thread, and the sentence that decided. Pure, and never throws: a reply it cannot read gives
 * `no-commitment`.
 */
import { cleanText } from '../text/clean-text';
import { isIsoDate } from '../dates/is-iso-date';
import type { Language } from '../model/language';
import type { Money } from '../model/money';
import { classifySentence, type SentenceCues } from './classify-sentence';
import { commitmentDate, type DateContext } from './commitment-date';
import { detectLanguage } from './detect-language';
import { findAmounts } from './find-amounts';
import { findInvoiceNumbers } from './find-invoice-numbers';
import { findReturnDate } from './find-return-date';
import { htmlToText } from './html-to-text';
import type { ReadReplyInput, ReplyReading } from './reply-reading';
import { isGreeting, splitSentences, type Sentence } from './split-sentences';
import { stripQuotedHistory } from './strip-quoted-history';
import { stripSignature } from './strip-signature';
import { compiledVocabulary } from './vocabulary/compile-vocabulary';

/** A whole thread is never this long; beyond it is pasted data, not a reply. */
const threadLimit = 200_000;
/** The commitment is at the top of the new text; what follows a long reply is pasted documents. */
const newTextLimit = 20_000;
const evidenceLimit = 400;

type Decision = Omit<ReplyReading, 'invoiceNumbers' | 'language'>;

function evidenceOf(sentences: Sentence[], indexes: number[]): string {
  const text = indexes.map((index) => sentences[index]?.text ?? '').join(' ').trim();
  return text.length > evidenceLimit ? `${text.slice(0, evidenceLimit - 1)}…` : text;
}

/** The amount in the deciding sentences, else in another sentence that commits or reports a payment. */
function amountOf(sentences: Sentence[], cues: SentenceCues[], indexes: number[]): Money | undefined {
  const committing = cues.flatMap((cue, index) => (cue.promise || cue.paid || cue.paymentPlan || cue.payment ? [index] : []));
  for (const index of [...indexes, ...committing]) {
    const amount = findAmounts(sentences[index]?.text ?? '')[0];
    if (amount) return amount.money;
  }
  return undefined;
}

/** The first sentence with the cue, or -1. */
const firstWith = (context: DateContext, test: (cue: SentenceCues) => boolean) => context.cues.findIndex(test);

function readOutOfOffice(context: DateContext): Decision | undefined {
  const absence = firstWith(context, (cue) => cue.outOfOffice);
  if (absence < 0) return undefined;
  const returnOn = findReturnDate(context.sentences, context);
  return { intent: 'out-of-office', evidence: evidenceOf(context.sentences, [absence]), ...(returnOn ? { returnOn } : {}) };
}

/** A dispute stops the reminders and missing documents must be sent: either outweighs a promise in the same reply. */
function readBlocker(context: DateContext): Decision | undefined {
  const dispute = firstWith(context, (cue) => cue.dispute);
  if (dispute >= 0) return { intent: 'dispute', evidence: evidenceOf(context.sentences, [dispute]) };
  const missing = firstWith(context, (cue) => cue.missingDocuments);
  if (missing >= 0) return { intent: 'missing-documents', evidence: evidenceOf(context.sentences, [missing]) };
  return undefined;
}

function readPaymentPlan(context: DateContext): Decision | undefined {
  const plans = context.cues.flatMap((cue, index) => (cue.paymentPlan ? [index] : []));
  if (plans.length === 0) return undefined;
  // "Cash flow is tight. Could we pay in three instalments from 10 April?": the date may be in any of them.
  const found = plans.map((index) => commitmentDate(index, 'forward', context)).find(Boolean);
  const deciding = found?.sentences ?? [plans[0] ?? 0];
  const amount = amountOf(context.sentences, context.cues, deciding);
  return { intent: 'payment-plan', evidence: evidenceOf(context.sentences, deciding), ...(found ? { date: found.date } : {}), ...(amount ? { amount } : {}) };
}

/**
 * A promise needs a date to come and no condition; a sentence reporting a payment made is not
 * one. A commitment without a date, or with a condition, is kept aside as no commitment.
 */
function readPromise(context: DateContext): { promise?: Decision; undated?: number[] } {
  let undated: number[] | undefined;
  for (let index = 0; index < context.cues.length; index++) {
    const cue = context.cues[index];
    if (!cue || !(cue.promise || (cue.payment && !cue.paid))) continue;
    const found = commitmentDate(index, 'forward', context);
    const conditional = (found?.sentences ?? [index]).some((used) => context.cues[used]?.conditional);
    if (found && !conditional) {
      const amount = amountOf(context.sentences, context.cues, found.sentences);
      return { promise: { intent: 'promise', date: found.date, evidence: evidenceOf(context.sentences, found.sentences), ...(amount ? { amount } : {}) } };
    }
    if (cue.promise || conditional) undated ??= found?.sentences ?? [index];
  }
  return undated ? { undated } : {};
}

function readPayment(context: DateContext): Decision | undefined {
  const paid = firstWith(context, (cue) => cue.paid);
  if (paid < 0) return undefined;
  const found = commitmentDate(paid, 'backward', context);
  const amount = amountOf(context.sentences, context.cues, [paid]);
  return { intent: 'paid', evidence: evidenceOf(context.sentences, found?.sentences ?? [paid]), ...(found ? { date: found.date } : {}), ...(amount ? { amount } : {}) };
}

/** Acknowledged, forwarded, conditional, undated, or nothing recognised: the reminders go on. */
function readNoCommitment(context: DateContext, undated: number[] | undefined): Decision {
  const acknowledged = firstWith(context, (cue) => cue.noCommitment);
  const opening = context.sentences.findIndex((sentence) => !isGreeting(sentence));
  const deciding = undated ?? (acknowledged >= 0 ? [acknowledged] : opening >= 0 ? [opening] : []);
  return { intent: 'no-commitment', evidence: evidenceOf(context.sentences, deciding) };
}

/** The readings in order of precedence: the first that applies decides. */
function decide(context: DateContext): Decision {
  const before = readOutOfOffice(context) ?? readBlocker(context) ?? readPaymentPlan(context);
  if (before) return before;
  const { promise, undated } = readPromise(context);
  return promise ?? readPayment(context) ?? readNoCommitment(context, undated);
}

/** The reader without its safety net: the property tests run on it, so "never throws" is proven, not caught. */
export function readReplyUnguarded(input: ReadReplyInput): ReplyReading {
  const thread = cleanText(htmlToText(String(input?.text ?? '').slice(0, threadLimit)));
  const newText = stripSignature(stripQuotedHistory(thread)).slice(0, newTextLimit);
  const language: Language = input?.language === 'fr' || input?.language === 'en' ? input.language : detectLanguage(newText || thread);
  const invoiceNumbers = findInvoiceNumbers(thread);
  if (!isIsoDate(input?.receivedOn)) return { intent: 'no-commitment', invoiceNumbers, evidence: '', language };
  const vocabulary = compiledVocabulary(language);
  const sentences = splitSentences(newText);
  const cues = sentences.map((sentence) => classifySentence(sentence, vocabulary));
  return { ...decide({ language, receivedOn: input.receivedOn, sentences, cues }), invoiceNumbers, language };
}

export function readReply(input: ReadReplyInput): ReplyReading {
  try {
    return readReplyUnguarded(input);
  } catch {
    // A reader that throws would block the add-in on one odd mail; reading nothing is the safe answer.
    return { intent: 'no-commitment', invoiceNumbers: [], evidence: '', language: input?.language === 'en' ? 'en' : 'fr' };
  }
}
