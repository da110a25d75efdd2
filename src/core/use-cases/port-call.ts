/**
 * A use case is a generator that yields the port calls it needs, in order, and gets each answer
 * back (or the failure, thrown at the yield). So the order of the calls and what is undone when one
 * fails are written once, and `runAsync` (Office.js) or `runSync` (Apps Script) performs them.
 */
import type { MailboxCalls, MailboxMethod } from '../mailbox/mailbox';

export type PortCall = { [M in MailboxMethod]: { method: M; args: MailboxCalls[M]['args'] } }[MailboxMethod];

export type UseCase<Result> = Generator<PortCall, Result, unknown>;

/** One port call, typed: `const draft = yield* call('createDraft', request)`. */
export function* call<M extends MailboxMethod>(method: M, ...args: MailboxCalls[M]['args']): Generator<PortCall, MailboxCalls[M]['result'], unknown> {
  return (yield { method, args } as PortCall) as MailboxCalls[M]['result'];
}

/** Performs one call on a port object, keeping `this` for class-based adapters. */
export function perform(port: object, portCall: PortCall): unknown {
  const method = (port as Record<string, unknown>)[portCall.method];
  if (typeof method !== 'function') throw new TypeError(`the port has no ${portCall.method}`);
  return (method as (...args: unknown[]) => unknown).apply(port, portCall.args);
}
