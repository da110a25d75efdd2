/** The reminder writer for the pane's tabs, from its chunk: none while it loads, the failure and a retry when it cannot. */
import { useEffect, useState } from 'preact/hooks';

export type ReminderWriter = typeof import('../reminder-writer');

export type ReminderWriterState = {
  writer?: ReminderWriter;
  /** Why the chunk could not load (offline); `retry` loads it again. */
  error?: unknown;
  retry: () => void;
};

// Once loaded, a pane redrawn for another message (a pinned pane) writes at once, without a loading frame.
let loaded: ReminderWriter | undefined;

/** Starts loading the writer; the pane calls it at start so the chunk comes in beside the settings. */
export async function loadReminderWriter(): Promise<ReminderWriter> {
  // A failed load is not kept by webpack: the next call asks for the chunk again.
  loaded ??= await import(/* webpackChunkName: "reminder-writer" */ '../reminder-writer');
  return loaded;
}

export function useReminderWriter(): ReminderWriterState {
  const [writer, setWriter] = useState<ReminderWriter | undefined>(loaded);
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (writer) return undefined;
    let live = true;
    setError(undefined);
    loadReminderWriter().then(
      (module) => live && setWriter(module),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [writer, attempt]);
  return { ...(writer ? { writer } : {}), ...(error !== undefined ? { error } : {}), retry: () => setAttempt((count) => count + 1) };
}
