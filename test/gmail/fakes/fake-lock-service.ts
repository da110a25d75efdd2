/**
 * Apps Script's LockService, user lock only, as its reference describes it: one execution of a
 * user holds the lock at a time; `waitLock(ms)` throws "Lock timeout: another process was holding
 * the lock for too long." when it cannot get it in time; `tryLock` answers false; the lock is
 * released by `releaseLock` or when the execution ends
 * (https://developers.google.com/apps-script/reference/lock/lock).
 * Waiting itself is the scheduler's job (interleave-executions.ts): a blocked execution is not
 * resumed until the lock is free or its wait has passed the timeout.
 */
export const lockTimeoutMessage = 'Lock timeout: another process was holding the lock for too long.';

export class FakeLockService {
  holder: number | undefined;
  /** How many times a lock was taken, for tests that check a section really ran under it. */
  acquisitions = 0;

  isFreeFor(execution: number): boolean {
    return this.holder === undefined || this.holder === execution;
  }

  /** The lock one execution gets from `LockService.getUserLock()`. */
  lockFor(execution: number): GoogleAppsScript.Lock.Lock {
    const take = () => {
      if (!this.isFreeFor(execution)) return false;
      if (this.holder === undefined) this.acquisitions += 1;
      this.holder = execution;
      return true;
    };
    const lock = {
      waitLock: (_timeoutInMillis: number) => {
        if (!take()) throw new Error(lockTimeoutMessage);
      },
      tryLock: (_timeoutInMillis: number) => take(),
      hasLock: () => this.holder === execution,
      releaseLock: () => {
        if (this.holder === execution) this.holder = undefined;
      },
    };
    return lock as unknown as GoogleAppsScript.Lock.Lock;
  }

  /** The end of an execution releases what it held. */
  endExecution(execution: number): void {
    if (this.holder === execution) this.holder = undefined;
  }
}
