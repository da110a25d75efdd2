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
  // The data opens by itself with a summary naming what is missing, and nothing red before the user types.
  await expectText(pane.locator('#verify-summary'), 'Il manque', "date d'échéance");
  expect(await pane.getByRole('button', { name: 'Vérifier les données' }).getAttribute('aria-expanded')).toBe('true');
  const dueDate = pane.getByLabel("Date d'échéance");
  expect(await dueDate.inputValue()).toBe('');
  expect(await dueDate.getAttribute('aria-invalid')).toBe('false');
  expect(await pane.locator('.field-error').count()).toBe(0);
  expect(await pane.getByRole('button', { name: 'Créer le brouillon' }).count()).toBe(0);
  // Touched and left empty, the field says so itself.
  await dueDate.focus();
  await dueDate.blur();
  await expectText(pane.locator('#field-dueDate-error'), "date d'échéance");
  expect(await dueDate.getAttribute('aria-invalid')).toBe('true');
  expect(await draftCount(page)).toBe(draftsBefore);
  await openMessage(page, 'sent', thread.invoiceNumber);
  await screenshot(page, 'missing-due-date', pane.locator('#verify-summary'));
});
