/**
 * LockService as Apps Script documents it (developers.google.com/apps-script/reference/lock/lock):
 * `waitLock(timeoutInMillis)` throws "Lock timeout: another process was holding the lock for too
 * long." when the lock is not had in time; `releaseLock` frees it. Tests make another execution
 * hold the script lock with `holdScriptLock()`, so a save that forgot to wait for it fails here too.
 */
export class FakeLockService {
  /** Held by an execution other than the one under test. */
  heldElsewhere = false;
  held = false;
  readonly acquired: string[] = [];

  holdScriptLock(): void {
    this.heldElsewhere = true;
  }

  private lock(kind: string): GoogleAppsScript.Lock.Lock {
    const take = () => {
      if (this.heldElsewhere) return false;
      this.held = true;
      this.acquired.push(kind);
      return true;
    };
    return {
      waitLock: () => {
        if (!take()) throw new Error('Lock timeout: another process was holding the lock for too long.');
      },
      tryLock: () => take(),
      releaseLock: () => {
        this.held = false;
      },
      hasLock: () => this.held,
    } as GoogleAppsScript.Lock.Lock;
  }

  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return this.lock('script');
  }
  getUserLock(): GoogleAppsScript.Lock.Lock {
    return this.lock('user');
  }
  /** An add-on bound to no document gets no document lock. */
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return null as unknown as GoogleAppsScript.Lock.Lock;
  }
}
