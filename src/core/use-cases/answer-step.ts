/** The answer to offer for each kind of reply, and whether the reply pauses or stops the reminders. */
import type { Channel } from '../model/step';
import type { ReplyIntent } from '../reply/reply-reading';

export type AnswerStep = { id: string; channel: Channel };

const answers: Record<ReplyIntent, string | undefined> = {
  promise: 'promise-ack',
  paid: 'answer-paid',
  dispute: 'answer-dispute',
  'missing-documents': 'answer-documents',
  'payment-plan': 'answer-payment-plan',
  'out-of-office': undefined,
  'no-commitment': undefined,
};

export function answerStep(intent: ReplyIntent): AnswerStep | undefined {
  const id = answers[intent];
  return id ? { id, channel: 'email' } : undefined;
}
