/**
 * The open message, the log and the invoice form prefilled from both. When the message cannot be
 * read the log is still loaded, so the log tab works; `retry` reads again.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { type ClientRule, type InvoiceForm, type Ledger, type MailMessage, withClientRule } from '../../../core';
import type { PaneOperations } from '../pane-operations';

export type OpenMessage = {
  message?: MailMessage;
  messageError?: unknown;
  ledger?: Ledger;
  form?: InvoiceForm;
  setForm: (form: InvoiceForm) => void;
  retry: () => void;
  /** Reads the log again, after a use case wrote to it. */
  refreshLedger: () => Promise<void>;
};

/** `rules`: the settings' client rules, the first source of a client's company and civility. */
export function useOpenMessage(ops: PaneOperations, userEmail: string | undefined, rules?: readonly ClientRule[]): OpenMessage {
  const [message, setMessage] = useState<MailMessage>();
  const [messageError, setMessageError] = useState<unknown>();
  const [ledger, setLedger] = useState<Ledger>();
  const [form, setForm] = useState<InvoiceForm>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setMessageError(undefined);
    const opened = async () => {
      const [read, log] = await Promise.all([ops.readMessage(), ops.listRecords()]);
      return { read, log, prefilled: withClientRule(await ops.formFromMessage(read, log, userEmail), rules) };
    };
    opened().then(
      ({ read, log, prefilled }) => {
        if (!live) return;
        setMessage(read);
        setLedger(log);
        setForm(prefilled);
      },
      (failure: unknown) => {
        if (!live) return;
        setMessageError(failure);
        // The log stays readable even when the message cannot be read.
        ops.listRecords().then(
          (log) => live && setLedger(log),
          () => undefined,
        );
      },
    );
    return () => {
      live = false;
    };
  }, [ops, userEmail, rules, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const refreshLedger = useCallback(async () => setLedger(await ops.listRecords()), [ops]);
  return { ...(message ? { message } : {}), ...(messageError !== undefined ? { messageError } : {}), ...(ledger ? { ledger } : {}), ...(form ? { form } : {}), setForm, retry, refreshLedger };
}
