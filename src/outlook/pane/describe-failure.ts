/** Any failure the pane meets, as a title and details in the user's language. */
import { describeError, describeMailboxError, isRelanceError, type Language, MailboxError } from '../../core';

export function describeFailure(error: unknown, language: Language): { title: string; details: string[] } {
  if (error instanceof MailboxError) return { title: describeMailboxError(error, language), details: [] };
  if (isRelanceError(error)) return describeError(error, language);
  return describeError(error, language);
}
