/**
 * Wires the Outlook mailbox for this host: with a configured Graph client id on a host that
 * supports Nested App Authentication, Graph flags, the follow-up records in the user's OneDrive
 * app folder and the sent items; otherwise roaming settings, and the reason kept to tell the user.
 */
import type { IsoDate, MailboxHintCode } from '../../core';
import type { CallQueue } from '../office/call-queue';
import type { OfficeHost } from '../office/office-host';
import { createGraphClient, type GraphClient } from './graph-client';
import { createDriveClient, type DriveClient } from './graph-drive-client';
import { createNaaSession, type MsalModule, type NaaSession } from './naa-token';
import { OutlookMailbox } from './outlook-mailbox';

export type OutlookMailboxSetup = {
  host: OfficeHost;
  today: () => IsoDate;
  graphClientId?: string;
  fetch: typeof fetch;
  sleep: (seconds: number) => Promise<void>;
  isOnline?: () => boolean;
  /** Used only when Outlook does not give the user's Windows time zone (`userProfile.timeZone`). */
  timeZone?: string;
  loadMsal?: () => Promise<MsalModule>;
  /** Shared with every other Office call the pane makes, so together they stay within the host's limit. */
  queue?: CallQueue;
};

export function createOutlookMailbox(setup: OutlookMailboxSetup): OutlookMailbox {
  const { host } = setup;
  let graph: GraphClient | undefined;
  let drive: DriveClient | undefined;
  let session: NaaSession | undefined;
  let graphUnavailable: MailboxHintCode | undefined;
  if (!setup.graphClientId) graphUnavailable = 'graph-not-configured';
  else if (!host.context.requirements.isSetSupported('NestedAppAuth', '1.1')) graphUnavailable = 'naa-unsupported';
  else {
    session = createNaaSession({ clientId: setup.graphClientId, ...(setup.loadMsal ? { load: setup.loadMsal } : {}) });
    const client = {
      getToken: session.getToken,
      fetch: setup.fetch,
      sleep: setup.sleep,
      ...(setup.isOnline ? { isOnline: setup.isOnline } : {}),
    };
    graph = createGraphClient(client);
    drive = createDriveClient(client);
  }
  return new OutlookMailbox({
    host,
    today: setup.today,
    ...(graph ? { graph } : {}),
    ...(drive ? { drive } : {}),
    ...(session ? { signIn: session.signIn } : {}),
    ...(graphUnavailable ? { graphUnavailable } : {}),
    ...(setup.timeZone ? { timeZone: setup.timeZone } : {}),
    ...(setup.queue ? { queue: setup.queue } : {}),
  });
}
