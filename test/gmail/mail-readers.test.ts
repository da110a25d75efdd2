import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../src/gmail/handler-context';
import { readClientReply } from '../../src/gmail/mail-readers';

describe('the mail readers as the Gmail shell calls them', () => {
  it('read an unreadable reply as no commitment, and log why for the admin', () => {
    const logs: string[] = [];
    const ctx = { host: { log: (message: string) => logs.push(message) } } as unknown as HandlerContext;
    const hostile = {
      get text(): string {
        throw new Error('the body could not be decoded');
      },
      receivedOn: '2026-04-02',
    };
    expect(readClientReply(ctx, hostile)).toMatchObject({ intent: 'no-commitment', invoiceNumbers: [] });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain('readReply failed and read nothing: the body could not be decoded');
  });
});
