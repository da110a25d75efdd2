/**
 * One action at a time: the buttons wait while it runs. A success replaces the previous notice; a
 * failure is shown beside it and never erases it (a draft made before a flag failed is still made),
 * with what the failed action left intact and, when trying again can work, the action to retry.
 */
import { useCallback, useState } from 'preact/hooks';
import { MailboxError } from '../../../core';
import type { NoticeTone } from '../Notice';

export type Outcome = { lines: string[]; tone: NoticeTone };

/** What the user is told beside a failure: what it left intact. */
export type RunOptions = { intact?: string };

export type ActionFailure = { error: unknown; intact?: string; retry?: () => void };

export type ActionState = {
  busy: boolean;
  error?: unknown;
  failure?: ActionFailure;
  notice?: Outcome;
  /** Counts the actions finished, so the pane can move focus to each one's result. */
  settled: number;
  /** Runs an action; what it returns is shown as the notice, what it throws as the error. */
  run: (action: () => Promise<Outcome | undefined>, options?: RunOptions) => void;
};

/** Failures a second try can cure: the network, a busy or failing server, a record that moved on. */
const retryable = new Set(['offline', 'throttled', 'server-error', 'conflict', 'host-error']);

export function canRetry(error: unknown): boolean {
  return error instanceof MailboxError && retryable.has(error.code);
}

export function useAction(): ActionState {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ActionFailure>();
  const [notice, setNotice] = useState<Outcome>();
  const [settled, setSettled] = useState(0);

  const run = useCallback((action: () => Promise<Outcome | undefined>, options: RunOptions = {}) => {
    setBusy(true);
    setFailure(undefined);
    action().then(
      (outcome) => {
        setNotice(outcome);
        setBusy(false);
        setSettled((n) => n + 1);
      },
      (error: unknown) => {
        setFailure({
          error,
          ...(options.intact ? { intact: options.intact } : {}),
          ...(canRetry(error) ? { retry: () => run(action, options) } : {}),
        });
        setBusy(false);
        setSettled((n) => n + 1);
      },
    );
  }, []);
  return { busy, ...(failure ? { error: failure.error, failure } : {}), ...(notice ? { notice } : {}), settled, run };
}
