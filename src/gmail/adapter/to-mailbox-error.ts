/**
 * An Apps Script exception as a MailboxError the cards can explain. Apps Script throws plain
 * Errors whose only structure is their message, so the mapping reads the wording it uses.
 */
import { MailboxError } from '../../core';

const patterns: [RegExp, MailboxError['code']][] = [
  // LockService's waitLock: another execution of the user held the lock too long.
  [/lock timeout/i, 'conflict'],
  [/too many times|rate limit|quota exceeded for quota|try again later/i, 'throttled'],
  [/exceeded the property storage|property storage quota|argument too large|value too large|maximum.*storage/i, 'storage-full'],
  [/permission|not authori[sz]ed|authorization is required|access denied|access not granted/i, 'not-authorized'],
  [/not found|no item with the given id|invalid argument: id|invalid message id|invalid thread id/i, 'item-not-found'],
  [/service error|server error|internal error|backend error|timed out|temporarily unavailable/i, 'server-error'],
  [/address unavailable|network|dns/i, 'offline'],
];

export function toMailboxError(error: unknown): MailboxError {
  if (error instanceof MailboxError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const match = patterns.find(([pattern]) => pattern.test(message));
  return new MailboxError(match ? match[1] : 'host-error', message);
}

/** Runs one Apps Script call and rethrows its failure as a MailboxError. */
export function hostCall<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    throw toMailboxError(error);
  }
}
