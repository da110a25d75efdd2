/** The "Journal" tab: the promises and the follow-ups due, the storage left, the CSV export and copy. */
import { followUpCsv, followUpKey, followUpsDue, logEvents, promiseRows } from '../../../core';
import { LogView } from '../LogView';
import { paneStrings } from '../strings';
import type { TabProps } from './tab-props';

export function LogTab({ ops, settings, language, today, open }: TabProps) {
  const { ledger } = open;
  if (!ledger) return <p>{paneStrings[language].loading}</p>;
  const rows = promiseRows(ledger, today);
  // Every event, not only promises: the records' own events, as the store keeps them.
  const records = ledger.entries.map((entry) => ({ key: entry.key ?? followUpKey(entry.client, entry.invoice), record: { invoice: entry.invoice, client: entry.client, events: entry.events ?? [] } }));
  const csv = () => followUpCsv(records.map(({ record }) => record), language);
  return (
    <LogView
      rows={rows}
      followUps={followUpsDue(ledger, today, settings.scenario)}
      events={(filter) => logEvents(records, filter)}
      capacity={ops.capacity()}
      language={language}
      onExport={() => ops.download(`relance-${today}.csv`, csv())}
      onCopy={() => ops.copy(csv())}
      csv={csv}
    />
  );
}
