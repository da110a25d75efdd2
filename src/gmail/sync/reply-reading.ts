/** The core's reading of a client's reply, named here from the use case that consumes it. */
import type { confirmReply } from '../../core';

export type ReplyReading = Parameters<typeof confirmReply>[1]['reading'];
export type ReplyIntent = ReplyReading['intent'];

/** Every intent the reader gives, for checking an intent passed back through a card action. */
export const replyIntents: readonly ReplyIntent[] = ['promise', 'paid', 'dispute', 'missing-documents', 'payment-plan', 'out-of-office', 'no-commitment'];
