/** The Gmail shell for the failure-policy tests: GmailMailbox over the fake Apps Script services, run by runSync. */
import { ledgerOfListing, runSync } from '../../../src/core';
import { createUserPropertiesFollowUpStore } from '../../../src/gmail/adapter/user-properties-follow-up-store';
import { GmailMailbox } from '../../../src/gmail/adapter/gmail-mailbox';
import { failingSync } from '../../core/support/inject-failures';
import type { ShellPort } from '../../core/support/shell-port';
import { fakeHost, userEmail } from './fake-host';
import { followInvoice } from './follow-invoice';

export const gmailPort: ShellPort = {
  name: 'Gmail (runSync, GmailMailbox over the fake Apps Script services)',
  async open(records) {
    const host = fakeHost({ now: '2026-04-02T10:00:00Z' });
    followInvoice(host, records);
    const store = createUserPropertiesFollowUpStore({ properties: host.userProperties, lock: host.userLock() });
    const mailbox = new GmailMailbox(host.gmail, host.gmailApi, host.utilities, store, { messageId: 'msg-reply', accessToken: 'token', timeZone: 'Europe/Paris', userEmail });
    return {
      message: mailbox.readMessage(),
      // Apps Script answers synchronously: the Promise only lets one test drive both shells.
      run: async (useCase, failAt, calls) => runSync(useCase, failingSync(mailbox, failAt, calls)),
      stored: async () => ledgerOfListing(createUserPropertiesFollowUpStore({ properties: host.userProperties, lock: host.locks.lockFor(99) }).list()),
    };
  },
};
