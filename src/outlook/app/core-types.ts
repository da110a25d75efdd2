/** Types of the core the pane needs that the core's index does not name directly. */
import type { confirmReply } from '../../core';

export type ReplyReading = Parameters<typeof confirmReply>[1]['reading'];
export type ReplyIntent = ReplyReading['intent'];
export type ReadReplyInput = { text: string; receivedOn: string; language?: 'fr' | 'en' };
