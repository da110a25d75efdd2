/**
 * At Outlook's task pane size the outcome comes first: at 350 × 700 the main action shows without
 * scrolling, on an invoice and on a client's reply. Screenshots at 320 and 350 px are kept in
 * test-output/screenshots/ for whoever reviews the layout.
 */
import { afterEach, expect, test } from 'vitest';
import { sampleThread } from '../../examples/mailbox/sample-mailbox';
import { paneFrame, paneScreenshot, sizePane, visibleWithoutScrolling } from './support/pane-checks';
import { mailbox, openMessage, openPlayground, type Playground } from './support/playground';

let playground: Playground | undefined;
afterEach(async () => playground?.close());

test('at 350 × 700, the main action shows without scrolling on an invoice and on a client’s reply', async () => {
  playground = await openPlayground();
  const { page } = playground;
  await sizePane(page, 350, 700);
  const thread = sampleThread(mailbox, 'late-10-days');

  await openMessage(page, 'sent', thread.invoiceNumber);
  const invoice = await paneFrame(page);
  expect(await invoice.evaluate(() => [window.innerWidth, window.innerHeight])).toEqual([350, 700]);
  expect(await visibleWithoutScrolling(invoice, { role: 'button', name: 'Créer le brouillon' })).toBe(true);
  expect(await visibleWithoutScrolling(invoice, { role: 'button', name: 'Marquer pour suivi' })).toBe(true);

  await openMessage(page, 'inbox', thread.invoiceNumber);
  expect(await visibleWithoutScrolling(await paneFrame(page), { role: 'button', name: 'Enregistrer la promesse' })).toBe(true);
});

test('keeps screenshots of the invoice and the reply at 320 and 350 px', async () => {
  playground = await openPlayground();
  const { page, pane } = playground;
  const thread = sampleThread(mailbox, 'late-10-days');
  for (const width of [320, 350]) {
    await sizePane(page, width, 700);
    await openMessage(page, 'sent', thread.invoiceNumber);
    await pane.getByRole('button', { name: 'Créer le brouillon' }).waitFor();
    expect(await paneScreenshot(page, `invoice-${width}`)).toBeGreaterThan(1000);
    await openMessage(page, 'inbox', thread.invoiceNumber);
    await pane.getByRole('button', { name: 'Enregistrer la promesse' }).waitFor();
    expect(await paneScreenshot(page, `reply-${width}`)).toBeGreaterThan(1000);
  }
});
