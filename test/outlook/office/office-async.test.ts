import { describe, expect, it } from 'vitest';
import { MailboxError } from '../../../src/core';
import { createCallQueue } from '../../../src/outlook/office/call-queue';
import { officeAsync } from '../../../src/outlook/office/office-async';
import { isReadItem } from '../../../src/outlook/office/office-host';
import { FakeOffice, officeErrors } from '../fakes/fake-office';

function readItem(office: FakeOffice) {
  const item = office.host.context.mailbox.item;
  if (!item || !isReadItem(item)) throw new Error('expected a read item');
  return item;
}

describe('officeAsync', () => {
  it('resolves with the value Office passes to the callback', async () => {
    const office = new FakeOffice({ message: { body: 'Bonjour' } });
    const item = readItem(office);
    const body = await officeAsync<string>(createCallQueue(), 'body.getAsync', (callback) => item.body.getAsync(office.host.CoercionType.Text, callback));
    expect(body).toBe('Bonjour');
  });

  it('rejects a failed AsyncResult with a typed error the pane can explain', async () => {
    const office = new FakeOffice().fail('body.getAsync', officeErrors.network);
    const item = readItem(office);
    const error = await officeAsync<string>(createCallQueue(), 'body.getAsync', (callback) => item.body.getAsync(office.host.CoercionType.Text, callback)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailboxError);
    expect((error as MailboxError).code).toBe('offline');
  });

  it('turns a synchronous throw from Office into a rejection, not an exception', async () => {
    const error = await officeAsync<void>(createCallQueue(), 'missing.api', () => {
      throw Object.assign(new Error('denied'), { code: 9016, name: 'Permission denied' });
    }).catch((e: unknown) => e);
    expect((error as MailboxError).code).toBe('not-authorized');
  });

  it('never runs more than three Office calls at once, as Outlook on the web requires', async () => {
    const office = new FakeOffice();
    const item = readItem(office);
    const queue = createCallQueue();
    const reads = Array.from({ length: 8 }, () => officeAsync<string>(queue, 'body.getAsync', (callback) => item.body.getAsync(office.host.CoercionType.Text, callback)));
    const bodies = await Promise.all(reads);
    expect(bodies).toHaveLength(8);
    expect(office.state.maxConcurrent).toBe(3);
  });

  it('shows what happens without the queue: the fourth concurrent call fails', async () => {
    const office = new FakeOffice();
    const item = readItem(office);
    const unlimited = createCallQueue(100);
    const reads = Array.from({ length: 4 }, () =>
      officeAsync<string>(unlimited, 'body.getAsync', (callback) => item.body.getAsync(office.host.CoercionType.Text, callback)).then(
        () => 'ok',
        () => 'failed',
      ),
    );
    expect(await Promise.all(reads)).toContain('failed');
  });
});
