/**
 * The promise log's index in Outlook roaming settings (32 KB for the whole add-in, per mailbox).
 * A save that fails leaves both the in-memory settings and the stored ones as they were.
 */
import { emptyLedger, isLedger, type Ledger, ledgerBytes, MailboxError, type LedgerStorage } from '../../core';
import type { CallQueue } from '../office/call-queue';
import { officeAsync } from '../office/office-async';
import type { RoamingSettingsLike } from '../office/office-host';
import { fromOfficeError, type OfficeErrorLike } from '../office/office-error';

export const ledgerSettingName = 'relanceLedger';
/** Roaming settings hold 32 KB in all; 1 KB stays free for the setting's name and the JSON around it. */
export const roamingLedgerLimitBytes = 31 * 1024;

export type LedgerStore = {
  load(): Ledger;
  save(ledger: Ledger): Promise<LedgerStorage>;
  readonly limitBytes: number;
};

export function createRoamingLedgerStore(settings: RoamingSettingsLike, queue: CallQueue, limitBytes = roamingLedgerLimitBytes): LedgerStore {
  return {
    limitBytes,
    load() {
      const stored = settings.get(ledgerSettingName);
      const value: unknown = typeof stored === 'string' ? JSON.parse(stored) : stored;
      return isLedger(value) ? value : emptyLedger();
    },
    async save(ledger) {
      const usedBytes = ledgerBytes(ledger);
      if (usedBytes > limitBytes) throw new MailboxError('storage-full', `${usedBytes} bytes`);
      const previous = settings.get(ledgerSettingName);
      try {
        settings.set(ledgerSettingName, ledger);
      } catch (error) {
        // `set` throws 9057 itself when the settings would pass 32 KB.
        throw fromOfficeError(error as OfficeErrorLike, 'roamingSettings.set');
      }
      try {
        await officeAsync<void>(queue, 'roamingSettings.saveAsync', (callback) => settings.saveAsync(callback));
      } catch (error) {
        if (previous === undefined || previous === null) settings.remove(ledgerSettingName);
        else settings.set(ledgerSettingName, previous);
        throw error;
      }
      return { usedBytes, limitBytes };
    },
  };
}
