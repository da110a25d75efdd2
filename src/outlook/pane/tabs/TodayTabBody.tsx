/**
 * The body of the "Aujourd'hui" tab, in its own chunk: today's work across every followed invoice, grouped by client, with one
 * click to draft a client's reminder; what awaits the user's word; and the aged-balance import.
 * It reads the follow-up store itself (OneDrive with Graph, roaming settings otherwise).
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import {
  type AgedBalance,
  awaitingConfirmation,
  clientKey,
  entryOfRecord,
  followedRecords,
  type FollowUpListing,
  formatDate,
  ImportInterrupted,
  type LedgerEntry,
  planToday,
  previewAgedBalance,
  renderForEntry,
  settingsForClient,
  stepLabels,
  type TodayClient,
} from '../../../core';
import { capitalised } from '../capitalised';
import { ClientContactForm } from '../ClientContactForm';
import { ErrorBanner } from '../ErrorBanner';
import { ImportView } from '../ImportView';
import { Notice } from '../Notice';
import { settingsStrings } from '../settings-strings';
import { TodayView } from '../TodayView';
import { todayStrings } from '../today-strings';
import type { TabProps } from './tab-props';

export function TodayTabBody({ ops, settings, language, today, settingsStatus }: TabProps) {
  const strings = todayStrings[language];
  const [listing, setListing] = useState<FollowUpListing>();
  const [loadError, setLoadError] = useState<unknown>();
  const [said, setSaid] = useState<{ line: string; tone: 'success' | 'warning' }>();
  const reload = useCallback(
    () =>
      ops.listFollowed().then(
        (listed) => {
          setListing(listed);
          setLoadError(undefined);
        },
        (error: unknown) => setLoadError(error),
      ),
    [ops],
  );
  useEffect(() => void reload(), [reload]);

  const records = useMemo(() => (listing ? followedRecords(listing) : []), [listing]);
  // Each client is planned with its segment's scenario, as the Remind tab does.
  const plan = useMemo(() => planToday({ records, today, scenarioFor: (client) => settingsForClient(settings, client).settings.scenario }), [records, today, settings]);
  const awaiting = useMemo(() => (listing ? awaitingConfirmation(listing) : undefined), [listing]);

  if (loadError !== undefined) return <ErrorBanner error={loadError} language={language} onRetry={() => void reload()} />;
  if (!listing || !awaiting) return <p>{strings.loading}</p>;
  // Signed with the example company, a reminder would send the client to a stranger's account.
  const exampleIdentity = settingsStatus?.state === 'example';

  const draft = async (client: TodayClient): Promise<string> => {
    if (exampleIdentity) return settingsStrings[language].exampleRefused;
    const byNumber = new Map(records.map((record) => [`${record.invoice.number}|${record.client.company}`, record.listed]));
    const entries = client.invoices.flatMap((entry) => {
      const listed = byNumber.get(`${entry.invoice.number}|${client.client.company}`);
      return listed ? [entryOfRecord(listed.key, listed.record)] : [];
    });
    const [first, ...others] = entries;
    if (!first) throw new Error('no followed invoice');
    const forClient = settingsForClient(settings, first.client);
    const rendering = renderForEntry(first, client.step, forClient.settings, today, first.client.language ?? forClient.language, others.map((entry) => entry.invoice));
    if (rendering.renderError) throw rendering.renderError;
    const outcome = await ops.draftForClient({ reminder: rendering.reminder, entries: [first, ...others] });
    await reload();
    return outcome.draft.saved ? strings.draftSaved(client.client.company) : strings.formOpened(client.client.company);
  };

  const confirmSent = (entry: LedgerEntry, step: Parameters<typeof ops.confirmSent>[0]['step']) =>
    ops.confirmSent({ entry, step, on: today }).then(
      async () => {
        setSaid({ line: strings.markedSent, tone: 'success' });
        await reload();
      },
      (error: unknown) => setLoadError(error),
    );

  // An imported client has an address at best, no one to greet: its reminder waits for the contact.
  const incomplete = plan.clients.filter((client) => !client.client.contact.lastName.trim());
  const saveContact = async (client: TodayClient, contact: LedgerEntry['client']['contact']) => {
    const key = clientKey(client.client);
    const entries = records.filter((record) => clientKey(record.client) === key).map((record) => entryOfRecord(record.listed.key, record.listed.record));
    await ops.updateClientContact({ entries, contact });
    // Said once the records are read again: a draft started before would greet no one.
    await reload();
    setSaid({ line: strings.contacts.saved(client.client.company), tone: 'success' });
  };

  const follow = async (balance: AgedBalance) => {
    try {
      const imported = await ops.importAgedBalance(balance.rows);
      setSaid(imported.newlyPaid.length > 0 ? { line: strings.newlyPaid(imported.newlyPaid.length), tone: 'success' } : undefined);
      return imported;
    } catch (error) {
      // What was written stays; the user is told, and a second import completes it.
      if (error instanceof ImportInterrupted) {
        setSaid({ line: strings.interrupted(error.written), tone: 'warning' });
        throw error.failure;
      }
      throw error;
    } finally {
      await reload();
    }
  };

  return (
    <>
      {exampleIdentity && <Notice lines={[settingsStrings[language].exampleRefused]} tone="warning" />}
      {incomplete.length > 0 && (
        <section aria-labelledby="contacts-title">
          <h2 id="contacts-title">{strings.contacts.title}</h2>
          <p class="note">{strings.contacts.hint}</p>
          {incomplete.map((client) => (
            <details key={clientKey(client.client)}>
              <summary>{strings.contacts.summary(client.client.company)}</summary>
              <ClientContactForm client={client.client} language={language} onSave={(contact) => saveContact(client, contact)} />
            </details>
          ))}
        </section>
      )}
      <TodayView plan={plan} language={language} onDraft={draft} />
      {(awaiting.drafts.length > 0 || awaiting.announcedPayments.length > 0) && (
        <section aria-labelledby="awaiting-title">
          <h2 id="awaiting-title">{strings.awaitingTitle}</h2>
          <ul>
            {awaiting.drafts.map(({ entry, step, draftedOn }) => (
              <li key={`${entry.key ?? entry.invoice.number}|${step}`}>
                {entry.client.company} · <span class="nowrap">{entry.invoice.number}</span> · {strings.draftAwaiting(capitalised(stepLabels[step][language]), formatDate(draftedOn, language))}{' '}
                <button type="button" onClick={() => void confirmSent(entry, step)}>
                  {strings.confirmSent}
                </button>
              </li>
            ))}
            {awaiting.announcedPayments.map(({ entry, announcedOn }) => (
              <li key={`${entry.key ?? entry.invoice.number}|announced`}>
                {entry.client.company} · <span class="nowrap">{entry.invoice.number}</span> · {strings.paymentAnnounced(formatDate(announcedOn, language))}
              </li>
            ))}
          </ul>
        </section>
      )}
      {said && <Notice lines={[said.line]} tone={said.tone} />}
      <ImportView
        language={language}
        read={ops.readAgedBalance}
        preview={async (balance) => previewAgedBalance(listing, balance.rows, today)}
        onImport={follow}
      />
    </>
  );
}
