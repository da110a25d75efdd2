/**
 * A followed invoice's thread as Today reads it: the client's last message there (their reply
 * awaiting confirmation, or the message a reminder answers). Threads are opened by id (gmail.modify), so this works from the
 * homepage, where Gmail gives no message access token.
 */
import { parseAddressList } from './parse-address-list';
import { hostCall } from './to-mailbox-error';

/** `email`: the address the client wrote from, which the reply goes to. */
export type ClientMessage = { id: string; on: string; email: string; message: GoogleAppsScript.Gmail.GmailMessage };

export function lastClientMessage(
  gmail: GoogleAppsScript.Gmail.GmailApp,
  threadId: string,
  isUser: (from: string) => boolean,
  dayOf: (date: GoogleAppsScript.Base.Date) => string,
): ClientMessage | undefined {
  const thread = hostCall(() => gmail.getThreadById(threadId));
  if (!thread) return undefined;
  return hostCall(() => {
    const messages = thread.getMessages().filter((message) => !message.isDraft() && !isUser(message.getFrom()));
    const last = messages[messages.length - 1];
    return last ? { id: last.getId(), on: dayOf(last.getDate()), email: parseAddressList(last.getFrom())[0]?.email ?? '', message: last } : undefined;
  });
}
