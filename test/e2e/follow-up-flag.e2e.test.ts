/** Flagging for follow-up: the Relance category without Graph, a real flag with a due date with it. */
import { afterEach, test } from 'vitest';
import { formatDate } from '../../src/core';
import { sampleThread } from '../../examples/mailbox/sample-mailbox';
import { expectText, mailbox, messageRow, openMessage, openPlayground, type Playground, screenshot } from './support/playground';

let playground: Playground | undefined;
afterEach(async () => playground?.close());

test('flags an overdue invoice: a category when Graph is not configured, a flag with its due date when it is', async () => {
  playground = await openPlayground();
  const { page, pane } = playground;
  const thread = sampleThread(mailbox, 'late-10-days');

  await openMessage(page, 'sent', thread.invoiceNumber);
  await pane.getByRole('button', { name: 'Marquer pour suivi' }).click();
  await expectText(pane.getByRole('status'), /Catégorie «\s?Relance\s?» appliquée/, 'graph.clientId');
  await expectText(messageRow(page, thread.invoiceNumber).locator('[data-badge="category"]'), 'Relance');

  await page.getByLabel('Microsoft Graph').selectOption('available');
  await pane.getByRole('button', { name: 'Marquer pour suivi' }).click();
  await expectText(pane.getByRole('status'), 'Message marqué pour suivi, échéance le');
  const due = (await pane.getByRole('status').innerText()).match(/échéance le (.+?)\./)?.[1] ?? '';
  await expectText(messageRow(page, thread.invoiceNumber).locator('[data-badge="flag"]'), `Suivi · échéance ${due}`);
  await expectText(page.locator('article.reading [data-badge="flag"]'), due || formatDate(mailbox.today, 'fr'));
  await screenshot(page, 'follow-up-flag', pane.getByRole('status'));
});
