/** Beside a reply being written, the reminder goes into the draft at the cursor, above the quoted invoice. */
import { afterEach, expect, test } from 'vitest';
import { sampleThread } from '../../examples/mailbox/sample-mailbox';
import { expectText, mailbox, openMessage, openPlayground, type Playground, screenshot } from './support/playground';

let playground: Playground | undefined;
afterEach(async () => playground?.close());

test('inserts the reminder into the reply the user is writing and saves the draft', async () => {
  playground = await openPlayground();
  const { page, pane } = playground;
  const thread = sampleThread(mailbox, 'due-tomorrow');

  await openMessage(page, 'sent', thread.invoiceNumber);
  await page.getByRole('button', { name: 'Répondre à tous' }).click();
  const body = page.getByRole('textbox', { name: 'Corps du message' });
  await body.waitFor();
  const before = await body.innerText();

  const insert = pane.getByRole('button', { name: 'Insérer la relance' });
  await insert.or(pane.getByRole('alert')).first().waitFor();
  if ((await insert.count()) === 0) {
    const calls = await page.locator('.calls').innerText();
    throw new Error(`The pane could not read the draft: ${await pane.getByRole('alert').innerText()}\nOffice calls, latest first:\n${calls}`);
  }
  await insert.click();
  await expectText(pane.getByRole('status'), 'La relance est insérée dans votre message et le brouillon est enregistré.');
  await expectText(body, thread.invoiceNumber, thread.amountText, 'Bien cordialement');
  const after = await body.innerText();
  // At the cursor, at the top: the quoted invoice is still below the reminder, untouched.
  expect(after.endsWith(before.trim()) || after.includes(before.trim())).toBe(true);
  expect(after.indexOf('Bien cordialement')).toBeLessThan(after.indexOf('Objet :'));
  await screenshot(page, 'compose-insert', pane.getByRole('status'));
});
