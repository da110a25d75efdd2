/**
 * An Office async error as the core's MailboxError. Codes and names from "Office Common API error
 * codes" and the Outlook API reference (9041 network, 9057 roaming settings over 32 KB, …).
 */
import { MailboxError, type MailboxErrorCode } from '../../core';

const byCode: Record<number, MailboxErrorCode> = {
  5000: 'unsupported',
  5002: 'not-authorized',
  5009: 'not-authorized',
  7000: 'item-not-found',
  9016: 'not-authorized',
  9041: 'offline',
  9057: 'storage-full',
};

const byName: Record<string, MailboxErrorCode> = {
  PermissionDenied: 'not-authorized',
  NetworkError: 'offline',
  ItemNotFound: 'item-not-found',
  InvalidItemId: 'item-not-found',
  SizeLimitExceeded: 'storage-full',
  ApiNotSupported: 'unsupported',
};

export type OfficeErrorLike = { code?: number; name?: string; message?: string };

export function fromOfficeError(error: OfficeErrorLike | undefined, operation: string): MailboxError {
  if (error instanceof MailboxError) return error;
  const code = (error?.code !== undefined ? byCode[error.code] : undefined) ?? (error?.name ? byName[error.name] : undefined) ?? 'host-error';
  const detail = [operation, error?.code, error?.name, error?.message].filter((part) => part !== undefined && part !== '').join(' ');
  return new MailboxError(code, detail);
}
