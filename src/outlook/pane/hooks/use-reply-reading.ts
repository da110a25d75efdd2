/** The client's reply as the core reads it, read once the reply tab is shown, and the mark left by an earlier confirmation. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Language, MailMessage, PromiseRecord, ReplyReading } from '../../../core';
import type { PaneOperations } from '../pane-operations';

export type ReplyReadingState = { reading?: ReplyReading; readingError?: unknown; mark?: PromiseRecord; retry: () => void };

export function useReplyReading(ops: PaneOperations, message: MailMessage | undefined, language: Language, wanted: boolean): ReplyReadingState {
  const [reading, setReading] = useState<ReplyReading>();
  const [readingError, setReadingError] = useState<unknown>();
  const [mark, setMark] = useState<PromiseRecord>();
  const [attempt, setAttempt] = useState(0);
  // Read once the tab is first shown; coming back to the tab does not read again.
  const [active, setActive] = useState(wanted);
  useEffect(() => {
    if (wanted) setActive(true);
  }, [wanted]);

  useEffect(() => {
    if (!active || !message) return;
    let live = true;
    setReadingError(undefined);
    // The reply is read in its own language, never the pane's; its headers reveal an automatic reply.
    ops.readReply({ text: message.body, receivedOn: message.receivedOn, ...(message.headers ? { headers: message.headers } : {}) }).then(
      (result) => live && setReading(result),
      (failure: unknown) => live && setReadingError(failure),
    );
    ops.replyMark().then(
      (found) => live && setMark(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ops, message, active, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...(reading ? { reading } : {}), ...(readingError !== undefined ? { readingError } : {}), ...(mark ? { mark } : {}), retry };
}
