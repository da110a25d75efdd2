/** An invoice sent without its due date: Relance asks for it and writes nothing. */
import { afterEach, expect, test } from 'vitest';
import { sampleThread } from '../../examples/mailbox/sample-mailbox';
import { draftCount, expectText, mailbox, openMessage, openPlayground, type Playground, screenshot } from './support/playground';

let playground: Playground | undefined;
afterEach(async () => playground?.close());

test('refuses an invoice without a due date with an error on that field, and creates no draft', async () => {
  playground = await openPlayground();
  const { page, pane } = playground;
  const thread = sampleThread(mailbox, 'no-due-date');
  const draftsBefore = await draftCount(page);

  await openMessage(page, 'sent', thread.invoiceNumber);
  const dueDate = pane.getByLabel("Date d'échéance");
  await dueDate.waitFor();
  expect(await dueDate.inputValue()).toBe('');
  expect(await dueDate.getAttribute('aria-invalid')).toBe('true');
  await expectText(pane.locator('#field-dueDate-error'), "date d'échéance");
  expect(await pane.getByRole('button', { name: 'Créer le brouillon' }).count()).toBe(0);
  expect(await draftCount(page)).toBe(draftsBefore);
  await openMessage(page, 'sent', thread.invoiceNumber);
  await screenshot(page, 'missing-due-date', pane.locator('#field-dueDate-error'));
});
