/**
 * Runs several Apps Script executions of one user at the same time, as Apps Script does (two quick
 * clicks on a card are two executions: HOST-FACTS, Gmail). Each execution is a generator of
 * property steps; a seeded scheduler picks which one makes its next call, so reads and writes of
 * two executions really interleave. An execution waiting for the user lock is not resumed until the
 * lock is free, or until it has waited past `lockTimeoutMs`, when its `waitLock` throws.
 */
import type { FollowUpStoreCalls, FollowUpStoreMethod, StoreCall } from '../../../src/core/follow-up/follow-up-store';
import { lockTimeoutMs, performStep, type PropertyStep, type PropertySteps } from '../../../src/gmail/adapter/property-steps';
import { followUpSteps } from '../../../src/gmail/adapter/user-properties-follow-up-store';
import type { FakeLockService } from './fake-lock-service';
import type { FakeProperties } from './fake-properties-service';

/** A property call takes tens of milliseconds in Apps Script (an inference from execution logs, not a documented figure). */
export const stepMs = 30;

export type ExecutionResult<T> = { value: T } | { error: unknown };

/** A small seeded generator (mulberry32): the same seed gives the same interleaving, so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A use case over the store (StoreCalls) as one execution's property steps. */
export function* asPropertySteps<T>(useCase: Generator<StoreCall, T, unknown>): PropertySteps<T> {
  let next = useCase.next();
  while (!next.done) {
    const { method, args } = next.value;
    let answer: unknown;
    let failure: { error: unknown } | undefined;
    try {
      const run = followUpSteps[method as FollowUpStoreMethod] as (...a: unknown[]) => PropertySteps<FollowUpStoreCalls[FollowUpStoreMethod]['result']>;
      answer = yield* run(...args);
    } catch (error) {
      failure = { error };
    }
    next = failure ? useCase.throw(failure.error) : useCase.next(answer);
  }
  return next.value;
}

type Running = { id: number; steps: PropertySteps<unknown>; pending?: PropertyStep | undefined; waitingSince?: number | undefined; result?: ExecutionResult<unknown> };

export function interleaveExecutions<T>(
  executions: PropertySteps<T>[],
  host: { properties: FakeProperties; locks: FakeLockService },
  random: () => number,
  options: { onStep?: (execution: number, step: PropertyStep) => void } = {},
): ExecutionResult<T>[] {
  let clock = 0;
  const running: Running[] = executions.map((steps, id) => ({ id, steps: steps as PropertySteps<unknown> }));
  const advance = (execution: Running, resume: () => IteratorResult<PropertyStep, unknown>) => {
    try {
      const next = resume();
      if (next.done) {
        execution.result = { value: next.value };
        host.locks.endExecution(execution.id);
      } else execution.pending = next.value;
    } catch (error) {
      execution.result = { error };
      host.locks.endExecution(execution.id);
    }
  };
  for (const execution of running) advance(execution, () => execution.steps.next());
  for (;;) {
    const live = running.filter((execution) => !execution.result);
    if (live.length === 0) break;
    const blocked = (execution: Running) =>
      execution.pending?.op === 'lock' && !host.locks.isFreeFor(execution.id) && clock - (execution.waitingSince ?? clock) < lockTimeoutMs;
    for (const execution of live) if (execution.pending?.op === 'lock' && execution.waitingSince === undefined) execution.waitingSince = clock;
    const runnable = live.filter((execution) => !blocked(execution));
    clock += stepMs;
    if (runnable.length === 0) continue;
    const execution = runnable[Math.floor(random() * runnable.length)]!;
    const pending = execution.pending!;
    execution.pending = undefined;
    if (pending.op === 'lock') execution.waitingSince = undefined;
    options.onStep?.(execution.id, pending);
    let answer: unknown;
    let failure: { error: unknown } | undefined;
    try {
      answer = performStep({ properties: host.properties.asProperties(), lock: host.locks.lockFor(execution.id) }, pending);
    } catch (error) {
      failure = { error };
    }
    advance(execution, () => (failure ? execution.steps.throw(failure.error) : execution.steps.next(answer)));
  }
  return running.map((execution) => execution.result as ExecutionResult<T>);
}
