/**
 * Puts a reviewed reminder in the user's Drafts, in the invoice's thread, then logs the step.
 * Nothing is written before the reminder is complete; if the log cannot be saved after the draft
 * exists, the outcome says so instead of pretending all went well.
 */
import type { Ledger, LedgerEntry } from '../ledger/ledger';
import type { LedgerCapacity } from '../ledger/ledger-capacity';
import type { DraftResult, Mailbox } from '../mailbox/mailbox';
import type { MailMessage } from '../mailbox/mail-message';
import type { IsoDate } from '../model/iso-date';
import type { RenderedReminder } from '../render/render-reminder';
import { draftRequestFor, ledgerAfterDraft } from './ledger-after-draft';

export type DraftOutcome = {
  draft: DraftResult;
  /** False when the draft exists but the log could not be updated; `logError` says why. */
  logged: boolean;
  logError?: unknown;
  ledger?: Ledger;
  capacity?: LedgerCapacity;
};

export async function createReminderDraft(
  mailbox: Mailbox,
  input: { reminder: RenderedReminder; entry: LedgerEntry; message?: MailMessage; today: IsoDate },
): Promise<DraftOutcome> {
  const draft = await mailbox.createDraft(draftRequestFor(input.reminder, input.entry, input.message));
  try {
    const { ledger, capacity } = ledgerAfterDraft(await mailbox.loadLedger(), { ...input, limitBytes: mailbox.ledgerLimitBytes });
    await mailbox.saveLedger(ledger);
    return { draft, logged: true, ledger, capacity };
  } catch (logError) {
    return { draft, logged: false, logError };
  }
}
