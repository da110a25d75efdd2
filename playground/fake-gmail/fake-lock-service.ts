/**
 * Apps Script's LockService as its reference describes it
 * (https://developers.google.com/apps-script/reference/lock/lock): `waitLock(ms)` throws "Lock
 * timeout: another process was holding the lock for too long." when it cannot get the lock in time;
 * `tryLock` answers false; the lock is released by `releaseLock` or when the execution ends.
 * - User lock: one execution of a user holds it at a time. Waiting itself is the scheduler's job
 *   (interleave-executions.ts): a blocked execution is not resumed until the lock is free or its
 *   wait has passed the timeout.
 * - Script lock: tests make another execution hold it with `holdScriptLock()`, so a save that forgot
 *   to wait for it fails here too.
 */
export const lockTimeoutMessage = 'Lock timeout: another process was holding the lock for too long.';

export class FakeLockService {
  holder: number | undefined;
  /** How many times the user lock was taken, for tests that check a section really ran under it. */
  acquisitions = 0;
  /** The script lock is held by an execution other than the one under test. */
  heldElsewhere = false;
  held = false;
  readonly acquired: string[] = [];

  isFreeFor(execution: number): boolean {
    return this.holder === undefined || this.holder === execution;
  }

  /** The lock one execution gets from `LockService.getUserLock()`. */
  lockFor(execution: number): GoogleAppsScript.Lock.Lock {
    const take = () => {
      if (!this.isFreeFor(execution)) return false;
      if (this.holder === undefined) this.acquisitions += 1;
      this.holder = execution;
      this.acquired.push('user');
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

  holdScriptLock(): void {
    this.heldElsewhere = true;
  }

  getScriptLock(): GoogleAppsScript.Lock.Lock {
    const take = () => {
      if (this.heldElsewhere) return false;
      this.held = true;
      this.acquired.push('script');
      return true;
    };
    return {
      waitLock: () => {
        if (!take()) throw new Error(lockTimeoutMessage);
      },
      tryLock: () => take(),
      releaseLock: () => {
        this.held = false;
      },
      hasLock: () => this.held,
    } as GoogleAppsScript.Lock.Lock;
  }
  /** The user lock of the execution under test (execution 0). */
  getUserLock(): GoogleAppsScript.Lock.Lock {
    return this.lockFor(0);
  }
  /** An add-on bound to no document gets no document lock. */
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return null as unknown as GoogleAppsScript.Lock.Lock;
  }
}
