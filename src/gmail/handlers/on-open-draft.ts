/**
 * "Ouvrir le brouillon / Open the draft": the compose action after a step was logged. It only
 * writes the reply draft and hands it to Gmail, which accepts nothing else from such a button. The
 * reminder is written again from the log as it stood before the step was logged, so the draft says
 * what the preview said (not "our reminder of today" about itself).
 */
import { type Channel, draftRequestFor, findEntry, type Invoice, isLanguage, isStepId, type LedgerEntry, MailboxError, RelanceError, renderForEntry, type Step, type StepId } from '../../core';
import type { AddonEvent } from '../event/addon-event';
import { parameter } from '../event/form-value';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { renderWithOthers } from './other-invoices';
import { openDraft } from './respond';

/** The entry without the step logged on that day: the history the reminder was written from. */
function beforeStep(entry: LedgerEntry, step: string, loggedOn: string | undefined): LedgerEntry {
  const sent = entry.history.sent.filter((record) => !(record.step === step && record.on === loggedOn));
  return { ...entry, history: { ...entry.history, sent } };
}

const channels: readonly Channel[] = ['email', 'phone', 'letter'];

/** The step as the card named it: a default step by its id, an answer or custom step with its channel. */
function stepOf(event: AddonEvent): StepId | Step {
  const id = parameter(event, 'step');
  if (isStepId(id)) return id;
  const channel = channels.find((candidate) => candidate === parameter(event, 'channel'));
  if (!id || !channel) throw new RelanceError('unknown-step', [{ field: 'step', problem: 'required' }]);
  return { id, channel };
}

function othersOf(raw: string | undefined): string[] {
  if (!raw) return [];
  const parsed: unknown = JSON.parse(raw);
  return Array.isArray(parsed) ? parsed.filter((each): each is string => typeof each === 'string') : [];
}

export function onOpenDraft(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ComposeActionResponse {
  const ctx = createContext(host, event);
  const invoice = parameter(event, 'invoice');
  const step = stepOf(event);
  const language = parameter(event, 'language');
  const ledger = ctx.mailbox.ledger();
  const entry = invoice ? findEntry(ledger, invoice) : undefined;
  if (!entry) throw new MailboxError('item-not-found', `invoice ${invoice ?? '?'} is not in the log`);
  const stepId = typeof step === 'string' ? step : step.id;
  const written = beforeStep(entry, stepId, parameter(event, 'loggedOn'));
  const alone = renderForEntry(written, step, ctx.settings, ctx.today, language && isLanguage(language) ? language : ctx.language);
  if (alone.renderError) throw alone.renderError;
  // The client's other invoices ticked on the card, as the preview showed them.
  const others = othersOf(parameter(event, 'others')).map((number) => findEntry(ledger, number)?.invoice);
  if (others.some((invoice) => !invoice)) throw new MailboxError('item-not-found', 'an invoice of the reminder is no longer in the log');
  const rendering = others.length > 0 ? renderWithOthers(ctx, written, alone.reminder, others as Invoice[]) : alone;
  if (rendering.renderError) throw rendering.renderError;
  const message = event.gmail?.messageId ? ctx.mailbox.readMessage() : undefined;
  // The one mailbox call, and the last: the step was logged by the ordinary action before.
  ctx.mailbox.createDraft(draftRequestFor(rendering.reminder, entry, message));
  const draft = ctx.mailbox.lastDraft;
  if (!draft) throw new MailboxError('host-error', 'no draft was created');
  return openDraft(ctx, draft);
}
