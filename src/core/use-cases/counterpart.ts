/**
 * The client's side of a thread: whoever is not the account manager. On a message the user sent
 * (the invoice itself), that is its first recipient; on a client's reply, its sender.
 */
import type { MailAddress, MailMessage } from '../mailbox/mail-message';

export function counterpart(message: MailMessage, userEmail: string | undefined): MailAddress | undefined {
  const me = userEmail?.trim().toLowerCase();
  if (me && message.from.email.toLowerCase() === me) return message.to[0] ?? message.cc[0];
  return message.from;
}

/** "Claire Durand" → first and last name; "DURAND Claire" keeps the capitalised surname last. */
export function splitName(displayName: string | undefined): { firstName?: string; lastName: string } {
  const parts = (displayName ?? '').replace(/["']/g, '').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return { lastName: '' };
  if (parts.length === 1) return { lastName: parts[0]! };
  const upper = parts.findIndex((part) => part.length > 1 && part === part.toUpperCase());
  if (upper === 0) return { lastName: parts[0]!, firstName: parts.slice(1).join(' ') };
  return { firstName: parts.slice(0, -1).join(' '), lastName: parts[parts.length - 1]! };
}

/** Read on the trimmed line, with one run of spaces between parts: no two quantifiers share a space to trade. */
const greeting = /^(?:(?:bonjour|bonsoir|chère|cher|dear|hello|good morning)\s*)?(?:,\s*)?(madame|monsieur|mme|m\.|mr|mrs|ms|miss|dr)\.?\s+([^\s,!]+)/iu;

/**
 * The civility the account manager used when writing to this contact ("Bonjour Monsieur Bouvier,"),
 * so reminders greet them the same way; nothing when the message does not say.
 */
export function civilityFromGreeting(body: string, lastName: string): string | undefined {
  const firstLine = body.split('\n').find((line) => line.trim() !== '') ?? '';
  const match = greeting.exec(firstLine.trim());
  if (!match || !lastName || match[2]!.toLowerCase() !== lastName.toLowerCase()) return undefined;
  const civility = match[1]!;
  return civility.charAt(0).toUpperCase() + civility.slice(1).toLowerCase();
}
