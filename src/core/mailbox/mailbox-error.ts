/**
 * What can go wrong in a host, as stable codes the shells turn into words. Adapters map Office
 * async errors, Graph and Apps Script failures onto these.
 */
export type MailboxErrorCode =
  | 'offline'
  | 'throttled'
  | 'server-error'
  | 'consent-required'
  | 'sign-in-required'
  | 'not-authorized'
  | 'storage-full'
  | 'conflict'
  | 'unreadable-record'
  | 'item-not-found'
  | 'unsupported'
  | 'host-error';

export class MailboxError extends Error {
  readonly code: MailboxErrorCode;
  /** Seconds to wait before retrying, from a 429's Retry-After. */
  readonly retryAfterSeconds: number | undefined;

  constructor(code: MailboxErrorCode, detail?: string, retryAfterSeconds?: number) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'MailboxError';
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function isMailboxError(error: unknown): error is MailboxError {
  return error instanceof MailboxError;
}
