/** The Outlook shell for the failure-policy tests: OutlookMailbox over the fake Office host, run by runAsync. */
import { type Ledger, ledgerOfListing, runAsync } from '../../../src/core';
import { OutlookMailbox } from '../../../src/outlook/adapter/outlook-mailbox';
import { createRoamingFollowUpStore, legacySettingName } from '../../../src/outlook/adapter/roaming-follow-up-store';
import { createCallQueue } from '../../../src/outlook/office/call-queue';
import { failingAsync } from '../../core/support/inject-failures';
import type { ShellPort } from '../../core/support/shell-port';
import { FakeOffice } from './fake-office';

export const outlookPort: ShellPort = {
  name: 'Outlook (runAsync, OutlookMailbox over the fake Office host)',
  async open(records) {
    // The invoices are followed the way a user of the v1 log had them: the new store migrates them.
    const office = new FakeOffice({ roaming: { [legacySettingName]: { version: 1, entries: records } } });
    const mailbox = new OutlookMailbox({ host: office.host, today: () => '2026-04-02', timeZone: 'Europe/Paris' });
    return {
      message: await mailbox.readMessage(),
      run: (useCase, failAt, calls) => runAsync(useCase, failingAsync(mailbox, failAt, calls)),
      // What roaming settings saved, not what the pane holds in memory: another device sees only that.
      async stored(): Promise<Ledger> {
        const saved = structuredClone(office.state.savedRoaming);
        const settings = { get: (name: string) => saved[name], set: () => undefined, remove: () => undefined, saveAsync: () => undefined };
        return ledgerOfListing(await createRoamingFollowUpStore(settings, createCallQueue()).list());
      },
    };
  },
};
