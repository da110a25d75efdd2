import { describe, expect, it } from 'vitest';
import type { OutlookMailbox } from '../../../src/outlook/adapter/outlook-mailbox';
import { createOperations } from '../../../src/outlook/app/create-operations';

describe('the pane operations over the Outlook mailbox', () => {
  it('read an unreadable reply as no commitment, and log why to the console', async () => {
    const logged: unknown[][] = [];
    const ops = createOperations({
      mailbox: { ledgerLimitBytes: 1 } as OutlookMailbox,
      today: () => '2026-04-02',
      download: () => undefined,
      copy: async () => true,
      log: (...args) => logged.push(args),
    });
    const hostile = {
      get text(): string {
        throw new Error('the body could not be decoded');
      },
      receivedOn: '2026-04-02',
    };
    expect(await ops.readReply(hostile)).toMatchObject({ intent: 'no-commitment' });
    expect(logged).toEqual([['Relance: readReply failed and read nothing', new Error('the body could not be decoded')]]);
  });
});
