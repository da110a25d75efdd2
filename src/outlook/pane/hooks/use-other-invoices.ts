/**
 * A client's other open invoices for the reminder being drafted: listed from the follow-up records,
 * ticked when overdue; the ticked ones are written into the same reminder (overdue and not yet due
 * apart, one total) and logged with it.
 */
import { useMemo, useState } from 'preact/hooks';
import { clientKey, type IsoDate, type Language, type Ledger, type LedgerEntry, openInvoices, type OpenInvoice, type Proposal, type RelanceSettings, type Rendering, settingsForClient } from '../../../core';
import type { ReminderWriter } from './use-reminder-writer';

export type OtherInvoicesState = {
  invoices: OpenInvoice[];
  ticked: ReadonlySet<string>;
  toggle: (number: string) => void;
  /** The invoice of the form, then the others ticked: what the draft and the log cover. */
  entries?: readonly [LedgerEntry, ...LedgerEntry[]];
  /** The reminder listing them all; undefined when none is ticked (the proposal's own reminder stands). */
  rendering?: Rendering;
};

export function useOtherInvoices(input: {
  ledger: Ledger | undefined;
  proposal: Proposal | undefined;
  settings: RelanceSettings;
  today: IsoDate;
  language: Language;
  /** From its chunk; a proposal is only made once it is there. */
  writer: ReminderWriter | undefined;
}): OtherInvoicesState {
  const { ledger, proposal, settings, today, language, writer } = input;
  const entry = proposal?.ok ? proposal.entry : undefined;
  const step = proposal?.ok ? proposal.step : undefined;
  // What the user changed, by invoice number; the rest keeps its default (ticked when overdue).
  const [choices, setChoices] = useState<Record<string, boolean>>({});
  const invoices = useMemo(
    () => (ledger && entry ? openInvoices(ledger.entries, entry.client, today).filter((open) => open.invoice.number !== entry.invoice.number) : []),
    [ledger, entry, today],
  );
  const ticked = useMemo(() => new Set(invoices.filter((open) => choices[open.invoice.number] ?? open.selected).map((open) => open.invoice.number)), [invoices, choices]);
  const others = useMemo(() => {
    if (!ledger || !entry) return [];
    const key = clientKey(entry.client);
    return ledger.entries.filter((candidate) => ticked.has(candidate.invoice.number) && clientKey(candidate.client) === key);
  }, [ledger, entry, ticked]);
  const rendering = useMemo(
    () =>
      writer && entry && step && others.length > 0
        ? writer.renderForEntry(entry, step, settingsForClient(settings, entry.client).settings, today, language, others.map((other) => other.invoice))
        : undefined,
    [writer, entry, step, others, settings, today, language],
  );
  return {
    invoices,
    ticked,
    toggle: (number) => setChoices((previous) => ({ ...previous, [number]: !ticked.has(number) })),
    ...(entry ? { entries: [entry, ...others] as const } : {}),
    ...(rendering ? { rendering } : {}),
  };
}
