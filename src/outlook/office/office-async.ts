/**
 * The one place Office callbacks become Promises: each call goes through the concurrency queue and
 * a failed AsyncResult (or a synchronous throw) rejects with a typed MailboxError.
 */
import type { CallQueue } from './call-queue';
import type { Callback } from './office-host';
import { fromOfficeError, type OfficeErrorLike } from './office-error';

/** Office.js reports "failed" at runtime; the typings declare a numeric enum, so accept both. */
function failed(status: unknown): boolean {
  return status === 'failed' || status === 1;
}

export function officeAsync<T>(queue: CallQueue, operation: string, start: (callback: Callback<T>) => void): Promise<T> {
  return queue.run(
    () =>
      new Promise<T>((resolve, reject) => {
        try {
          start((result) => {
            if (failed(result.status)) reject(fromOfficeError(result.error as OfficeErrorLike | undefined, operation));
            else resolve(result.value);
          });
        } catch (error) {
          reject(fromOfficeError(error as OfficeErrorLike, operation));
        }
      }),
  );
}
