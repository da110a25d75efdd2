/**
 * The Apps Script calls a follow-up store makes, one step at a time. The store is written as
 * generators of these steps: `performStep` runs them at once against Apps Script, and the tests'
 * scheduler runs two executions' steps interleaved, because Apps Script really runs two
 * executions of one user at the same time (two quick clicks on a card).
 */
import { hostCall } from './to-mailbox-error';

export type PropertyStep =
  /** `LockService.getUserLock().waitLock(ms)`: wait for the user's lock, or throw after the timeout. */
  | { op: 'lock' }
  | { op: 'unlock' }
  | { op: 'get'; key: string }
  | { op: 'getAll' }
  | { op: 'set'; key: string; value: string }
  | { op: 'delete'; key: string };

export type PropertySteps<Result> = Generator<PropertyStep, Result, unknown>;

export type PropertyHost = {
  properties: GoogleAppsScript.Properties.Properties;
  /** `LockService.getUserLock`, read once per execution. */
  lock: GoogleAppsScript.Lock.Lock;
};

/** Apps Script's own limit is 30 s; a user waits at most this long behind another click. */
export const lockTimeoutMs = 10_000;

export function* step<T>(value: PropertyStep): PropertySteps<T> {
  return (yield value) as T;
}

export function performStep(host: PropertyHost, value: PropertyStep): unknown {
  switch (value.op) {
    case 'lock':
      return hostCall(() => host.lock.waitLock(lockTimeoutMs));
    case 'unlock':
      // "Releases the lock": a failure here leaves the lock to expire with the execution (LockService docs).
      try {
        host.lock.releaseLock();
      } catch {
        // nothing to undo: the write before it is complete
      }
      return undefined;
    case 'get':
      return hostCall(() => host.properties.getProperty(value.key));
    case 'getAll':
      return hostCall(() => host.properties.getProperties());
    case 'set':
      return hostCall(() => host.properties.setProperty(value.key, value.value));
    case 'delete':
      return hostCall(() => host.properties.deleteProperty(value.key));
  }
}

/** Runs one store operation to the end against Apps Script. */
export function runSteps<Result>(steps: PropertySteps<Result>, host: PropertyHost): Result {
  let next = steps.next();
  while (!next.done) {
    let answer: unknown;
    let failure: { error: unknown } | undefined;
    try {
      answer = performStep(host, next.value);
    } catch (error) {
      failure = { error };
    }
    next = failure ? steps.throw(failure.error) : steps.next(answer);
  }
  return next.value;
}
