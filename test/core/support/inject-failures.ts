/**
 * Failure injection for the use cases: a port wrapped so that its k-th call fails with a
 * MailboxError('server-error'), as a host that drops a call would, and the record of the calls made.
 * `injectEachCall` runs a use case once cleanly to count its calls, then once per call, failing it.
 */
import { type Mailbox, MailboxError, type SyncMailbox } from '../../../src/core';
import { type MailboxMethod } from '../../../src/core/mailbox/mailbox';

export const injected = () => new MailboxError('server-error', 'injected failure');

export type CallLog = MailboxMethod[];

const methods: MailboxMethod[] = ['readMessage', 'createDraft', 'flagForFollowUp', 'markReply', 'listRecords', 'readRecord', 'writeRecord', 'removeRecord'];

function wrap<Port extends object>(port: Port, failAt: number | undefined, log: CallLog, fail: (call: () => unknown) => unknown): Port {
  const wrapped: Record<string, unknown> = {};
  for (const method of methods) {
    wrapped[method] = (...args: unknown[]) => {
      log.push(method);
      const call = () => ((port as Record<string, unknown>)[method] as (...a: unknown[]) => unknown).apply(port, args);
      return log.length === failAt ? fail(call) : call();
    };
  }
  return wrapped as Port;
}

/** The synchronous port failing at its k-th call (Apps Script throws). */
export function failingSync(port: SyncMailbox, failAt: number | undefined, log: CallLog): SyncMailbox {
  return wrap(port, failAt, log, () => {
    throw injected();
  });
}

/** The asynchronous port failing at its k-th call (Office.js rejects). */
export function failingAsync(port: Mailbox, failAt: number | undefined, log: CallLog): Mailbox {
  return wrap(port, failAt, log, () => Promise.reject(injected()));
}

export type Injection<Outcome> = { failAt: number; calls: CallLog; error?: unknown; outcome?: Outcome };

/**
 * Runs `attempt` with no failure, then once for each call it made, failing that call. `attempt`
 * builds a fresh host each time and reports what the user saw.
 */
export async function injectEachCall<Outcome>(
  attempt: (failAt: number | undefined, calls: CallLog) => Promise<Outcome>,
): Promise<{ clean: { calls: CallLog; outcome: Outcome }; failures: Injection<Outcome>[] }> {
  const cleanCalls: CallLog = [];
  const outcome = await attempt(undefined, cleanCalls);
  const failures: Injection<Outcome>[] = [];
  for (let failAt = 1; failAt <= cleanCalls.length; failAt += 1) {
    const calls: CallLog = [];
    try {
      failures.push({ failAt, calls, outcome: await attempt(failAt, calls) });
    } catch (error) {
      failures.push({ failAt, calls, error });
    }
  }
  return { clean: { calls: cleanCalls, outcome }, failures };
}
