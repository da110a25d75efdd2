/**
 * What the playground page hands to the task pane's frame (same origin): the mailbox, the
 * switches and the pinned day. The fake Office.js in the frame reaches the mailbox only through it.
 */
import type { IsoDate } from '../src/core';
import type { CallRecord } from './fake-office/create-fake-office';
import type { Switches } from './fake-office/switches';
import type { MailboxStore } from './mailbox/mailbox-store';

export type PlaygroundBridge = {
  store: MailboxStore;
  switches: Switches;
  /** Set by `?today=`: the pane's clock shows this day. */
  pinnedToday?: IsoDate;
  recordCall(call: CallRecord): void;
  /** Set by the pane's frame: tells its Office.js the user selected another message while the pane is pinned. */
  selectInPinnedPane?: (itemId: string | undefined) => void;
};

export type BridgeWindow = Window & { relancePlayground?: PlaygroundBridge };
