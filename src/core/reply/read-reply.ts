/**
 * What a client's reply commits to: its intent, the date and amount it names, the invoices of the
 * thread, and the sentence that decided. Structure is read by rules (analyse-reply.ts); the
 * decision by two linear models trained on replies nobody wrote for the reader
 * (scripts/train-reply-model.ts): one for the intent, one that picks the date the reply commits to.
 * Pure, and never throws: a reply it cannot read gives `no-commitment`.
 */
import type { IsoDate } from '../model/iso-date';
import type { Money } from '../model/money';
import { analyseReply, type Located, type ReplyAnalysis } from './analyse-reply';
import { isAutoReply } from './auto-reply-headers';
import { findAmounts } from './find-amounts';
import { findReturnDate } from './find-return-date';
import { dateFeatures } from './model/date-features';
import { hashFeature } from './model/hash-feature';
import { classify, unpackModel, type LinearModel } from './model/packed-model';
import { dateModel, intentModel } from './model/reply-model.generated';
import { stem, tokens } from './model/reply-features';
import type { Instalment, ReadReplyInput, ReplyIntent, ReplyReading } from './reply-reading';
import { isGreeting } from './split-sentences';

const evidenceLimit = 400;
/** A date the model gives less than this is not the one the reply commits to. */
const committedDate = 0.5;
/** A day behind the reply dates a payment unless the model all but rules it out (cross-validation: 0.3 and 0.4 beat 0.5). */
const paidOn = 0.3;
/** A promise or a plan always names a date: the likeliest one is taken, however unsure. */
const likelyEnough = 0;
/** Below this, a commitment whose runner-up is "no commitment" gives way to it. */
const unsureAgainstNothing = 0.75;
/** Chosen by cross-validation (scripts/cross-validate-reply-model.ts): how sure the model must be of a payment or a plan in a reply with no word of the trade and no date… */
const sureFromNothing = 0.95;
/** …and of a payment in a reply with no word of payment done and no day behind it. */
const surePaidWithoutWord = 0.8;
/** The readings that stop the reminders on the client's word: without a word of the trade they need certainty. */
const commitments: ReadonlySet<ReplyIntent> = new Set(['promise', 'paid', 'payment-plan']);
/** What a dateless promise is read as, when the model's next reading is one of these. */
const undatedInstead: ReadonlySet<ReplyIntent> = new Set(['missing-documents', 'dispute', 'payment-plan']);
/** Sentences looked at to find the one that best shows the intent. */
const evidenceSentences = 12;

/** The two models a reading decides with: the committed ones, or those a cross-validation fold trains. */
export type ReplyModels = { intent: LinearModel; date: LinearModel };

let models: ReplyModels | undefined;
const loaded = () => (models ??= { intent: unpackModel(intentModel), date: unpackModel(dateModel) });

type Dated = { date?: IsoDate; instalments?: Instalment[]; sentence?: number; amount?: Money };

function evidenceOf(analysis: ReplyAnalysis, index: number | undefined): string {
  const text = index === undefined ? '' : (analysis.sentences[index]?.text ?? '');
  return text.length > evidenceLimit ? `${text.slice(0, evidenceLimit - 1)}…` : text;
}

/** The amount written closest to a date in its sentence. */
function amountNear(analysis: ReplyAnalysis, located: Located): Money | undefined {
  const text = analysis.sentences[located.sentence]?.folded ?? '';
  let best: { money: Money; distance: number } | undefined;
  for (const mention of findAmounts(text)) {
    const distance = Math.abs(mention.index - located.index);
    if (!best || distance < best.distance) best = { money: mention.money, distance };
  }
  return best?.money;
}

function firstAmount(analysis: ReplyAnalysis): Money | undefined {
  for (const sentence of analysis.sentences) {
    const found = findAmounts(sentence.folded)[0];
    if (found) return found.money;
  }
  return undefined;
}

function scored(candidates: Located[], model: LinearModel): Array<{ located: Located; probability: number }> {
  return candidates.map((located) => ({ located, probability: classify(model, dateFeatures(located.candidate, model.buckets))[1] ?? 0 }));
}

/** The date a reading of this intent commits to, chosen among the dates the reply names. */
function datedReading(intent: ReplyIntent, analysis: ReplyAnalysis, model: LinearModel): Dated {
  if (intent !== 'promise' && intent !== 'paid' && intent !== 'payment-plan') return {};
  // Words that date a document ("votre relance du 9 mars") often date the payment too: behind the
  // reply ("réglée depuis le 2 avril") and ahead of it ("payée à l'échéance du 10/07"). The date
  // model sees the mark and weighs it, as it was trained to (cross-validation: date 93.4 → 93.6 %).
  const candidates = scored(intent === 'paid' ? analysis.dates.backward : analysis.dates.forward, model);
  const best = candidates.reduce<(typeof candidates)[number] | undefined>((top, next) => (!top || next.probability > top.probability ? next : top), undefined);
  const floor = intent === 'paid' ? paidOn : likelyEnough;
  if (intent === 'payment-plan') {
    const byDate = new Map<IsoDate, Instalment>();
    for (const { located } of candidates.filter((candidate) => candidate.probability >= committedDate).sort((a, b) => a.located.index - b.located.index)) {
      if (byDate.has(located.date)) continue;
      const amount = amountNear(analysis, located);
      byDate.set(located.date, { date: located.date, ...(amount ? { amount } : {}) });
    }
    const instalments = [...byDate.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    const first = instalments[0]?.date ?? (best && best.probability >= floor ? best.located.date : undefined);
    return { ...(first ? { date: first } : {}), ...(instalments.length > 0 ? { instalments } : {}), ...(best ? { sentence: best.located.sentence } : {}) };
  }
  if (!best || best.probability < floor) return {};
  const amount = amountNear(analysis, best.located) ?? firstAmount(analysis);
  return { date: best.located.date, sentence: best.located.sentence, ...(amount ? { amount } : {}) };
}

/** The sentence whose words weigh most for the intent, to show the user why. */
function deciding(intent: ReplyIntent, analysis: ReplyAnalysis, model: LinearModel): number | undefined {
  const column = model.classes.indexOf(intent);
  let best: { index: number; weight: number } | undefined;
  analysis.sentences.slice(0, evidenceSentences).forEach((sentence, index) => {
    if (isGreeting(sentence)) return;
    let weight = 0;
    for (const token of new Set(tokens(sentence.folded))) weight += model.rows.get(hashFeature(`w:${stem(token)}`, model.buckets))?.[column] ?? 0;
    if (!best || weight > best.weight) best = { index, weight };
  });
  return best?.index;
}

/** The reader without its safety net: the property tests run on it, so "never throws" is proven, not caught. */
export function readReplyUnguarded(input: ReadReplyInput): ReplyReading {
  return decideReading(analyseReply(input), input?.headers, loaded());
}

/** The decision on an analysed reply, with the given models: the cross-validation script scores its folds with it. */
export function decideReading(analysis: ReplyAnalysis, headers: ReadReplyInput['headers'], models: ReplyModels): ReplyReading {
  const { language, invoiceNumbers, receivedOn } = analysis;
  if (!receivedOn || analysis.sentences.length === 0) return { intent: 'no-commitment', invoiceNumbers, evidence: '', language, confidence: 0 };
  const model = models.intent;
  const probabilities = classify(model, analysis.featureNames.map((name) => hashFeature(name, model.buckets)));
  const ranking = model.classes.map((intent, index) => ({ intent: intent as ReplyIntent, probability: probabilities[index] ?? 0 })).sort((a, b) => b.probability - a.probability);
  const automatic = isAutoReply(headers);
  const chosen = automatic ? { intent: 'out-of-office' as const, probability: 1 } : (ranking[0] ?? { intent: 'no-commitment' as const, probability: 0 });
  const runnerUp = automatic ? undefined : ranking.find((entry) => entry.intent !== chosen.intent);
  let intent: ReplyIntent = chosen.intent;
  let alternative = runnerUp;
  // A reply without a single word of the trade, read as a commitment without certainty, is read as
  // none, the commitment offered as the runner-up: the reminders going on is the safe side.
  if (!analysis.hasCue && commitments.has(chosen.intent) && runnerUp?.intent === 'no-commitment' && chosen.probability < unsureAgainstNothing) {
    alternative = chosen;
    intent = 'no-commitment';
  }
  // A reply that contests the invoice in the trade's words ("le reste est en litige") stops the
  // reminders even when it also pays a part: a dispute the model ranks second wins over a payment.
  if (analysis.cueKinds.has('dispute') && commitments.has(intent) && runnerUp?.intent === 'dispute') {
    alternative = chosen;
    intent = 'dispute';
  }
  // A payment or a plan read from a reply with neither a word of the trade nor a date, or a payment
  // without a word of payment done nor a day behind the reply, rests on words that only happened
  // to stand in such replies ("Lyon", "temps"): it is read only when the model is all but sure.
  const dateless = analysis.dates.backward.length === 0 && analysis.dates.forward.length === 0;
  const fromNothing = !analysis.hasCue && dateless && (intent === 'paid' || intent === 'payment-plan') && chosen.probability < sureFromNothing;
  const paidWithoutWord = intent === 'paid' && !analysis.cueKinds.has('paid') && analysis.dates.backward.length === 0 && chosen.probability < surePaidWithoutWord;
  if (fromNothing || paidWithoutWord) {
    alternative = chosen;
    intent = 'no-commitment';
  }
  let dated = datedReading(intent, analysis, models.date);
  // A promise names a day to come: without one it commits to nothing yet, and the promise is only
  // the runner-up. What the reply then says instead is the next reading, when it is one that
  // blocks the payment ("we'll pay once we have the credit note" is missing documents).
  if (intent === 'promise' && !dated.date) {
    alternative = { intent: 'promise', probability: chosen.probability };
    const next = ranking.find((entry) => entry.intent !== 'promise');
    intent = next && undatedInstead.has(next.intent) ? next.intent : 'no-commitment';
    dated = {};
  }
  const returnOn = intent === 'out-of-office' ? findReturnDate(analysis.sentences, { language, receivedOn, monthFirst: analysis.monthFirst }) : undefined;
  const alternativeDate = alternative ? datedReading(alternative.intent, analysis, models.date).date : undefined;
  const confidence = intent === chosen.intent ? chosen.probability : 1 - chosen.probability;
  return {
    intent,
    ...(dated.date ? { date: dated.date } : {}),
    ...(returnOn ? { returnOn } : {}),
    ...(dated.amount && intent !== 'payment-plan' ? { amount: dated.amount } : {}),
    invoiceNumbers,
    evidence: evidenceOf(analysis, dated.sentence ?? deciding(intent, analysis, model)),
    language,
    confidence: Math.round(confidence * 1000) / 1000,
    ...(alternative ? { alternative: { intent: alternative.intent, ...(alternativeDate ? { date: alternativeDate } : {}) } } : {}),
    ...(dated.instalments ? { instalments: dated.instalments } : {}),
  };
}

/** `onFailure` hears what the guard swallows, so a shell can log it (the core has no log). */
export function readReply(input: ReadReplyInput, onFailure?: (error: unknown) => void): ReplyReading {
  try {
    return readReplyUnguarded(input);
  } catch (error) {
    onFailure?.(error);
    // A reader that throws would block the add-in on one odd mail; reading nothing is the safe answer.
    return { intent: 'no-commitment', invoiceNumbers: [], evidence: '', language: input?.language === 'en' ? 'en' : 'fr', confidence: 0 };
  }
}
