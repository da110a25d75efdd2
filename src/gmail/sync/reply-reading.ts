/** The core's reading of a client's reply, as the Gmail shell names it. */
export { type ReplyReading, type ReplyIntent, replyIntents } from '../../core';
