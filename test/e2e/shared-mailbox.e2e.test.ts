/** The "shared mailbox" switch: an invoice of the accounts team's mailbox is flagged in that mailbox, through its owner. */
import { afterEach, test } from 'vitest';
import { sampleThread } from '../../examples/mailbox/sample-mailbox';
import { expectText, mailbox, messageRow, openMessage, openPlayground, type Playground, screenshot } from './support/playground';

let playground: Playground | undefined;
afterEach(async () => playground?.close());

test("flags an invoice of a shared mailbox in its owner's mailbox, where /me would answer 404", async () => {
  playground = await openPlayground({ graph: 'available' });
  const { page, pane } = playground;
  const thread = sampleThread(mailbox, 'late-10-days');

  await page.getByLabel(/Boîte partagée/).check();
  await openMessage(page, 'sent', thread.invoiceNumber);
  await pane.getByRole('button', { name: 'Marquer pour suivi' }).click();
  await expectText(pane.getByRole('status'), 'Message marqué pour suivi, échéance le');
  await expectText(page.locator('.calls'), 'getSharedPropertiesAsync', /graph PATCH \/v1\.0\/users\/comptabilite(?:%40|@)atelier-lumen\.fr\/messages\//);
  await expectText(messageRow(page, thread.invoiceNumber).locator('[data-badge="flag"]'), 'Suivi · échéance');
  await screenshot(page, 'shared-mailbox', pane.getByRole('status'));
});
