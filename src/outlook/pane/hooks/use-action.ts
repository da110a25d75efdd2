/**
 * One action at a time: the buttons wait while it runs, and its outcome (a notice, or the error in
 * the user's words) replaces the previous one.
 */
import { useCallback, useState } from 'preact/hooks';
import type { NoticeTone } from '../Notice';

export type Outcome = { lines: string[]; tone: NoticeTone };

export type ActionState = {
  busy: boolean;
  error?: unknown;
  notice?: Outcome;
  /** Runs an action; what it returns is shown as the notice, what it throws as the error. */
  run: (action: () => Promise<Outcome | undefined>) => void;
};

export function useAction(): ActionState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<Outcome>();

  const run = useCallback((action: () => Promise<Outcome | undefined>) => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    action().then(
      (outcome) => {
        setNotice(outcome);
        setBusy(false);
      },
      (failure: unknown) => {
        setError(failure);
        setBusy(false);
      },
    );
  }, []);
  return { busy, ...(error !== undefined ? { error } : {}), ...(notice ? { notice } : {}), run };
}
