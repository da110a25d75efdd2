/**
 * Graph fails while Graph is configured: the follow-up records live in OneDrive then, so the log
 * cannot be written and no reminder is drafted that the log would not know about; the user is told.
 */
import { afterEach, expect, test } from 'vitest';
import { sampleThread } from '../../examples/mailbox/sample-mailbox';
import { draftCount, expectText, mailbox, openMessage, openPlayground, type Playground, screenshot } from './support/playground';

let playground: Playground | undefined;
afterEach(async () => playground?.close());

test('reports a Graph failure and drafts nothing the log could not record', async () => {
  playground = await openPlayground({ graph: 'unavailable' });
  const { page, pane } = playground;
  const thread = sampleThread(mailbox, 'late-10-days');
  const draftsBefore = await draftCount(page);

  // The log cannot be read: the pane says why instead of offering a reminder it could not log.
  await openMessage(page, 'sent', thread.invoiceNumber);
  await expectText(pane.getByRole('alert'), 'Le serveur de messagerie ne répond pas correctement');
  expect(await pane.getByRole('button', { name: 'Créer le brouillon' }).count()).toBe(0);
  await expectText(page.locator('.calls'), '503');
  await screenshot(page, 'graph-failure', pane.getByRole('alert'));
  expect(await draftCount(page)).toBe(draftsBefore);
});
