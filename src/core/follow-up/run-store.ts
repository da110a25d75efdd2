/** Runs a generator of store calls against a synchronous (Apps Script) or asynchronous (Office.js, Graph) store. */
import type { FollowUpStore, StoreCall, SyncFollowUpStore } from './follow-up-store';

type StoreSteps<Result> = Generator<StoreCall, Result, unknown>;

function perform(store: object, call: StoreCall): unknown {
  const method = (store as Record<string, unknown>)[call.method];
  if (typeof method !== 'function') throw new TypeError(`the store has no ${call.method}`);
  return (method as (...args: unknown[]) => unknown).apply(store, call.args);
}

export function runStoreSync<Result>(steps: StoreSteps<Result>, store: SyncFollowUpStore): Result {
  let step = steps.next();
  while (!step.done) {
    let answer: unknown;
    let failure: { error: unknown } | undefined;
    try {
      answer = perform(store, step.value);
    } catch (error) {
      failure = { error };
    }
    step = failure ? steps.throw(failure.error) : steps.next(answer);
  }
  return step.value;
}

export async function runStoreAsync<Result>(steps: StoreSteps<Result>, store: FollowUpStore): Promise<Result> {
  let step = steps.next();
  while (!step.done) {
    let answer: unknown;
    let failure: { error: unknown } | undefined;
    try {
      answer = await perform(store, step.value);
    } catch (error) {
      failure = { error };
    }
    step = failure ? steps.throw(failure.error) : steps.next(answer);
  }
  return step.value;
}
