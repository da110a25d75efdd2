/** Pinned, the pane stays open while the user goes from message to message, and follows them. */
import { afterEach, expect, test } from 'vitest';
import { sampleThread } from '../../examples/mailbox/sample-mailbox';
import { mailbox, openMessage, openPlayground, type Playground, screenshot } from './support/playground';

let playground: Playground | undefined;
afterEach(async () => playground?.close());

test('a pinned pane follows the selected message without reloading, and shows its invoice', async () => {
  playground = await openPlayground();
  const { page, pane } = playground;
  const first = sampleThread(mailbox, 'due-in-a-week');
  const second = sampleThread(mailbox, 'late-10-days');

  await openMessage(page, 'sent', first.invoiceNumber);
  await pane.getByRole('heading', { name: 'À envoyer maintenant : message avant échéance' }).waitFor();
  expect(await pane.getByLabel('Numéro de facture').inputValue()).toBe(first.invoiceNumber);
  await page.getByRole('button', { name: 'Épingler Relance' }).click();
  expect(await page.getByRole('button', { name: 'Épingler Relance' }).getAttribute('aria-pressed')).toBe('true');
  // A mark in the pane's window: it survives only if the pane is not reloaded.
  const frame = page.frame({ name: 'relance-pane' });
  await frame?.evaluate(() => Object.assign(window, { paneMark: 'still here' }));

  await openMessage(page, 'sent', second.invoiceNumber);
  await expect.poll(() => pane.getByLabel('Numéro de facture').inputValue(), { timeout: 10_000 }).toBe(second.invoiceNumber);
  await pane.getByRole('region', { name: 'Aperçu' }).getByText(second.invoiceNumber).first().waitFor();
  expect(await page.frame({ name: 'relance-pane' })?.evaluate(() => (window as unknown as { paneMark?: string }).paneMark)).toBe('still here');
  await screenshot(page, 'pinned-pane');
});
