/** The Outlook shell for the failure-policy tests: OutlookMailbox over the fake Office host, run by runAsync. */
import { emptyLedger, isLedger, type Ledger, runAsync } from '../../../src/core';
import { OutlookMailbox } from '../../../src/outlook/adapter/outlook-mailbox';
import { ledgerSettingName } from '../../../src/outlook/adapter/roaming-ledger-store';
import { failingAsync } from '../../core/support/inject-failures';
import type { ShellPort } from '../../core/support/shell-port';
import { FakeOffice } from './fake-office';

export const outlookPort: ShellPort = {
  name: 'Outlook (runAsync, OutlookMailbox over the fake Office host)',
  async open(records) {
    const office = new FakeOffice({ roaming: { [ledgerSettingName]: { version: 1, entries: records } } });
    const mailbox = new OutlookMailbox({ host: office.host, today: () => '2026-04-02', timeZone: 'Europe/Paris' });
    return {
      message: await mailbox.readMessage(),
      run: (useCase, failAt, calls) => runAsync(useCase, failingAsync(mailbox, failAt, calls)),
      // What roaming settings saved, not what the pane holds in memory: another device sees only that.
      stored(): Ledger {
        const saved: unknown = office.state.savedRoaming[ledgerSettingName];
        const value: unknown = typeof saved === 'string' ? JSON.parse(saved) : saved;
        return isLedger(value) ? (JSON.parse(JSON.stringify(value)) as Ledger) : emptyLedger();
      },
    };
  },
};
