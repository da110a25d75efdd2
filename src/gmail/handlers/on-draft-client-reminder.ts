/**
 * "Rédiger la relance / Draft the reminder" on a client of Today: one reminder for all the
 * client's invoices listed (overdue and not yet due in their sections, one total), logged as
 * drafted on each invoice's record, then written with GmailApp as a reply to the client's last
 * message in the invoice's thread, else as a new message, in the user's Drafts.
 * The flow is the core's createClientDraft (the log first; every record put back if a write or the
 * draft fails); the Gmail mailbox answers the client's last
 * message in the invoice's thread (inThread); this handler finds the contact to address.
 */
import {
  type Client,
  createClientDraft,
  entryOfRecord,
  type FollowedFollowUp,
  type LedgerEntry,
  renderReminder,
  type RenderedReminder,
  runSync,
  settingsForClient,
  type TodayClient,
} from '../../core';
import { lastClientMessage } from '../adapter/client-thread';
import { clientContactCard, contactFields } from '../cards/client-contact-card';
import { todayStrings } from '../cards/today-strings';
import type { AddonEvent } from '../event/addon-event';
import { formValue, parameter } from '../event/form-value';
import { createContext, type HandlerContext } from '../handler-context';
import type { GmailHost } from '../host';
import { homepage } from './homepage';
import { updateCard } from './respond';
import { groupKeys, todayWork } from './today-plan';

/** The client's reminder over every invoice of the group, with the history of the one that sets the step. */
export function renderForClient(ctx: HandlerContext, group: TodayClient, records: FollowedFollowUp[], client: Client): RenderedReminder {
  const lead = records[group.invoices.findIndex((entry) => entry.step === group.step)] ?? (records[0] as FollowedFollowUp);
  const { settings, language } = settingsForClient(ctx.settings, client);
  return renderReminder({
    step: group.step,
    invoices: group.invoices.map((entry) => entry.invoice),
    client,
    sender: settings.sender,
    today: ctx.today,
    history: lead.history,
    language: client.language ?? language,
    ...(settings.terms ? { terms: settings.terms } : {}),
    ...(settings.catalog ? { catalog: settings.catalog } : {}),
    ...(settings.scenario ? { deadlineDays: settings.scenario.deadlineDays, noticeDays: settings.scenario.noticeDays } : {}),
  });
}

export function onDraftClientReminder(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event);
  const t = todayStrings[ctx.language];
  const wanted = parameter(event, 'invoices') ?? '';
  const work = todayWork(ctx, { replies: false });
  const group = work.plan.clients.find((client) => groupKeys(work, client) === wanted);
  const back = () => homepage(ctx, { todayPage: parameter(event, 'page') ?? '0' });
  // The plan moved on since the card was shown (drafted in another window, paid, imported again).
  if (!group) return updateCard(ctx, back(), t.gone, { stateChanged: true });
  const records = group.invoices.map((entry) => work.recordOf(entry.invoice) as FollowedFollowUp);
  const client = withContactFromCard(event, group.client);
  // An imported client has no contact named yet: asked once, then kept on each record logged below.
  if (client.contact.lastName.trim() === '') return updateCard(ctx, clientContactCard(ctx.ui, client, { invoices: wanted, page: parameter(event, 'page') ?? '0' }, group.step === 'thank-you'));
  const threadId = records.find((record) => record.listed.record.threadId)?.listed.record.threadId;
  const dayOf = (date: GoogleAppsScript.Base.Date) => host.utilities.formatDate(date, ctx.timeZone, 'yyyy-MM-dd');
  const to = client.contact.email.trim();
  // Without a contact address, the reminder goes to the address the client last wrote from in the thread.
  const replyTo = threadId && to === '' ? lastClientMessage(host.gmail, threadId, (from) => ctx.mailbox.isUser(from), dayOf) : undefined;
  if (!replyTo && to === '') return updateCard(ctx, back(), t.noAddress(client.company));
  const reminder = renderForClient(ctx, group, records, replyTo && to === '' ? { ...client, contact: { ...client.contact, email: replyTo.email } } : client);

  const entries = records.map((record) => ({ ...entryOfRecord(record.listed.key, record.listed.record), client: { ...record.client, contact: client.contact } }));
  // The core's use case logs each invoice before the draft and puts every record back if anything fails.
  runSync(
    createClientDraft({ reminder, entries: entries as [LedgerEntry, ...LedgerEntry[]], today: ctx.today }),
    ctx.mailbox,
  );
  return updateCard(ctx, back(), t.drafted(client.company, records.length), { stateChanged: true });
}

/** The contact as the contact card sent it back, over what the records knew. */
function withContactFromCard(event: AddonEvent, client: Client): Client {
  const contact = { ...client.contact };
  for (const [field, name] of Object.entries(contactFields) as [keyof typeof contactFields, string][]) {
    const value = formValue(event, name)?.trim();
    if (value === undefined) continue;
    if (value === '' && field !== 'lastName' && field !== 'email') delete contact[field];
    else contact[field] = value;
  }
  return { ...client, contact };
}
