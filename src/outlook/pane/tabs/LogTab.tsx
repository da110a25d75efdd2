/** The "Journal" tab: the promises and the follow-ups due, the storage left, the CSV export and copy. */
import { followUpsDue, ledgerCapacity, promiseRows, toCsv } from '../../../core';
import { LogView } from '../LogView';
import { paneStrings } from '../strings';
import type { TabProps } from './tab-props';

export function LogTab({ ops, settings, language, today, open }: TabProps) {
  const { ledger } = open;
  if (!ledger) return <p>{paneStrings[language].loading}</p>;
  const rows = promiseRows(ledger, today);
  const csv = () => toCsv(rows, language);
  return (
    <LogView
      rows={rows}
      followUps={followUpsDue(ledger, today, settings.scenario)}
      capacity={ledgerCapacity(ledger, ops.ledgerLimitBytes)}
      language={language}
      onExport={() => ops.download(`relance-${today}.csv`, csv())}
      onCopy={() => ops.copy(csv())}
      csv={csv}
    />
  );
}
