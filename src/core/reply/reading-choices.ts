/**
 * When the reader is unsure, both readings go to the user: the one it prefers and the runner-up.
 * What the user picks is what gets confirmed and logged.
 */
import type { ReplyReading } from './reply-reading';

/** Below this confidence the shells show both readings as choices. */
export const unsureBelow = 0.6;

/** The readings to offer: one when the reader is sure, the preferred one and the runner-up when not. */
export function readingChoices(reading: ReplyReading): ReplyReading[] {
  const alternative = reading.alternative;
  if (!alternative || reading.confidence >= unsureBelow) return [reading];
  const keepsAmount = alternative.intent === 'promise' || alternative.intent === 'paid';
  const runnerUp: ReplyReading = {
    intent: alternative.intent,
    ...(alternative.date ? { date: alternative.date } : {}),
    ...(keepsAmount && reading.amount ? { amount: reading.amount } : {}),
    invoiceNumbers: reading.invoiceNumbers,
    evidence: reading.evidence,
    language: reading.language,
    confidence: Math.max(0, Math.min(1, 1 - reading.confidence)),
    alternative: { intent: reading.intent, ...(reading.date ? { date: reading.date } : {}) },
  };
  return [reading, runnerUp];
}
